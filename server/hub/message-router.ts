// What each kind of connection may say: interpreters set their presence and languages and
// answer calls, clinic devices request and cancel them, both hang up and signal. Anything
// else is NOT_ALLOWED, answered on the sender's socket only.
import type { HubErrorCode } from '../../shared/hub/errors';
import type { LanguageCode } from '../../shared/domain/languages';
import type { ClientMessage, PresenceStatus } from '../../shared/hub/protocol';
import type { Dispatcher } from './dispatch/dispatcher';
import type { DispatchOutcome } from './dispatch/outcomes';
import type { InterpreterPeer, Peer } from './dispatch/peers';

export interface RouterContext {
  dispatcher: Dispatcher;
  setPresence(peer: InterpreterPeer, status: PresenceStatus): void;
  /** This socket's session chose the languages it takes calls in. */
  setLanguages(peer: InterpreterPeer, languages: LanguageCode[]): Failure;
}

export type Failure = { code: HubErrorCode; message: string } | null;

function failureOf(outcome: DispatchOutcome): Failure {
  return outcome.ok ? null : { code: outcome.code, message: outcome.message };
}

function notAllowed(peer: Peer, type: string): Failure {
  const who = peer.kind === 'clinic' ? 'A clinic device' : 'An interpreter';
  return { code: 'NOT_ALLOWED', message: `${who} may not send ${type}.` };
}

export function routeMessage(peer: Peer, message: ClientMessage, ctx: RouterContext): Failure {
  const { dispatcher } = ctx;
  switch (message.type) {
    case 'ping':
      peer.send({ type: 'pong' });
      return null;
    case 'call.hangup':
      return failureOf(dispatcher.hangup(peer, message.callId));
    case 'call.signal':
      return failureOf(dispatcher.signal(peer, message.callId, message.signal));
    default:
      break;
  }
  if (peer.kind === 'clinic') {
    if (message.type === 'call.request') {
      return failureOf(dispatcher.request(peer, message.language, message.consultationType));
    }
    if (message.type === 'call.cancel') return failureOf(dispatcher.cancel(peer, message.callId));
    return notAllowed(peer, message.type);
  }
  switch (message.type) {
    case 'presence.set':
      ctx.setPresence(peer, message.status);
      return null;
    case 'languages.set':
      return ctx.setLanguages(peer, message.languages);
    case 'call.accept':
      return failureOf(dispatcher.accept(peer, message.callId));
    case 'call.decline':
      return failureOf(dispatcher.decline(peer, message.callId));
    default:
      return notAllowed(peer, message.type);
  }
}
