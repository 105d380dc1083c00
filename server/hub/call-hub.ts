// Wires presence, dispatch and the open sockets together: what happens when a page or a
// device connects, speaks, changes status or goes away. hub-server.ts owns HTTP and the
// upgrade; this file owns everything after a socket is accepted.
import type { WebSocket } from 'ws';
import type { LanguageCode } from '../../shared/domain/languages';
import type { PresenceStatus } from '../../shared/hub/protocol';
import { profileOf, type ClinicDevice, type InterpreterAccount } from './accounts';
import { Connections } from './connections';
import type { CallRecords } from './dispatch/call-records';
import type { DispatchSettings } from './dispatch/call-state';
import { Dispatcher } from './dispatch/dispatcher';
import type { InterpreterPeer, Peer } from './dispatch/peers';
import { attachConnection, send } from './hub-connection';
import { routeMessage } from './message-router';
import { createInMemoryPresence } from './presence';
import type { TokenBucket } from './rate-limit';
import type { SessionTokens } from './session-tokens';
import { languagesForSession, normalizeChoice, refuseChoice } from './session-languages';
import { iceServersFor, type TurnConfig } from './turn-credentials';

export type Identity =
  | { kind: 'interpreter'; account: InterpreterAccount; sessionId: string }
  | { kind: 'clinic'; device: ClinicDevice; deviceToken: string };

export interface CallHubConfig {
  dispatch: DispatchSettings;
  presenceGraceMs: number;
  turn: TurnConfig | null;
  records: CallRecords;
  /** Where each session's chosen languages are kept. */
  sessions: SessionTokens;
  now?: () => number;
}

export function createCallHub(config: CallHubConfig) {
  const now = config.now ?? Date.now;
  const presence = createInMemoryPresence({ graceMs: config.presenceGraceMs });
  const connections = new Connections();

  const setStatus = (accountId: string, status: PresenceStatus) => {
    presence.set(accountId, status);
    for (const page of connections.pagesOf(accountId)) page.send({ type: 'presence', status });
  };
  const dispatcher = new Dispatcher(
    {
      settings: config.dispatch,
      available: (language) => presence.available(language),
      pagesOf: (accountId) => connections.pagesOf(accountId),
      setStatus,
      statusOf: (accountId) => presence.statusOf(accountId),
      // One TURN username per call and party: coturn's logs cannot link calls to people.
      iceServers: (callId, party) => iceServersFor(config.turn, `${callId}.${party}`, now()),
      now,
    },
    config.records,
  );
  presence.onExpired((accountId) => {
    dispatcher.interpreterUnavailable(accountId);
  });

  const setPresence = (peer: InterpreterPeer, status: PresenceStatus) => {
    setStatus(peer.account.id, status);
    if (status === 'online') dispatcher.interpreterAvailable(peer.account.id);
    else dispatcher.interpreterUnavailable(peer.account.id);
  };
  // The account's pages share one presence entry: the latest choice applies to all of them.
  const setLanguages = (peer: InterpreterPeer, sessionId: string, languages: LanguageCode[]) => {
    const refused = refuseChoice(peer.account, languages);
    if (refused) return refused;
    const { id } = peer.account;
    const chosen = normalizeChoice(peer.account, languages);
    config.sessions.chooseLanguages(sessionId, chosen);
    presence.setLanguages(id, chosen);
    for (const page of connections.pagesOf(id)) page.send({ type: 'languages', languages: chosen });
    dispatcher.interpreterUnavailable(id, chosen); // stop ringing for dropped languages
    if (presence.statusOf(id) === 'online') dispatcher.interpreterAvailable(id); // ring new ones
    return null;
  };

  return {
    connections,
    dispatcher,
    presence,
    open(socket: WebSocket, identity: Identity, bucket: TokenBucket, floodLimit: number): void {
      const sendTo = (body: Parameters<typeof send>[1]) => {
        send(socket, body);
      };
      const sendEncoded = (text: string) => {
        if (socket.readyState === socket.OPEN) socket.send(text);
      };
      const peer: Peer =
        identity.kind === 'interpreter'
          ? { kind: 'interpreter', account: identity.account, send: sendTo, sendEncoded }
          : { kind: 'clinic', device: identity.device, send: sendTo, sendEncoded };
      connections.add({
        socket,
        peer,
        sessionId: identity.kind === 'interpreter' ? identity.sessionId : null,
        deviceToken: identity.kind === 'clinic' ? identity.deviceToken : null,
      });
      attachConnection(socket, {
        bucket,
        floodLimit,
        onMessage: (message) =>
          routeMessage(peer, message, {
            dispatcher,
            setPresence,
            setLanguages: (page, languages) =>
              identity.kind === 'interpreter'
                ? setLanguages(page, identity.sessionId, languages)
                : null,
          }),
        onClose: () => {
          connections.remove(socket);
          dispatcher.peerClosed(peer);
          if (peer.kind === 'interpreter') presence.disconnect(peer.account.id);
        },
      });
      if (peer.kind === 'clinic' || identity.kind === 'clinic') {
        if (peer.kind === 'interpreter') return; // cannot happen: both come from `identity`
        const { id, site, room } = peer.device;
        sendTo({ type: 'welcome.clinic', device: { id, site, room } });
        dispatcher.clinicOpened(peer);
        return;
      }
      const languages = languagesForSession(peer.account, config.sessions, identity.sessionId);
      const status = presence.connect(peer.account.id, languages);
      sendTo({ type: 'welcome', interpreter: profileOf(peer.account), status, languages });
      dispatcher.pageOpened(peer);
    },
    close(): void {
      dispatcher.close();
      presence.close();
    },
  };
}

export type CallHub = ReturnType<typeof createCallHub>;
