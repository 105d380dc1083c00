// Handlers of the bridge methods in shared/bridge/calls-contract.ts: the hub settings for the
// doctor's call panel, call events into the session log (ids and timings only, never what
// was said), the call's phase and whether the interpreter's video is there relayed to every
// window as `calls.changed`, and the family screen's video mirror signalled through
// calls-mirror-relay.ts.
import type { CallsChanged, CallsConfig } from '../../shared/bridge/calls-contract';
import type { EventPayload, MethodInput } from '../../shared/bridge/contract';
import { CodedError } from '../../shared/bridge/result';
import { createMirrorRelay } from './calls-mirror-relay';
import type { SessionLog } from './store/session-log';

export interface CallHubSettings {
  /** The hub's base URL, e.g. the embedded demo hub of `npm start`. */
  url: string;
  /** This clinic device's token; null when the PC has not been enrolled. */
  deviceToken: string | null;
}

type ChangedListener = (payload: EventPayload<'calls.changed'>) => void;

export function createCallHandlers(options: {
  log: Pick<SessionLog, 'get' | 'record'>;
  hub: CallHubSettings | null;
  now?: () => Date;
  /** Told after each recorded event, so the consultation's timeline shows the call. */
  afterRecord?: () => void;
  /** The mirror relay's clock (heartbeats expire); tests move it. */
  nowMs?: () => number;
}) {
  const now = options.now ?? (() => new Date());
  const listeners = new Set<ChangedListener>();

  const activeSession = (sessionId: string) => {
    const session = options.log.get(sessionId);
    if (!session) throw new CodedError('NOT_FOUND', 'No such session.');
    if (session.endedAt !== null) throw new CodedError('CONFLICT', 'This session has ended.');
    return session;
  };
  const mirror = createMirrorRelay({
    checkSession: activeSession,
    ...(options.nowMs ? { nowMs: options.nowMs } : {}),
  });

  const config = (): CallsConfig => {
    const { hub } = options;
    if (!hub) return { available: false, reason: 'no-hub' };
    if (hub.deviceToken === null) return { available: false, reason: 'no-device-token' };
    return { available: true, hubUrl: hub.url, deviceToken: hub.deviceToken };
  };

  const record = (input: MethodInput<'calls.record'>) => {
    activeSession(input.sessionId);
    const at = now().toISOString();
    if (input.event === 'requested') {
      options.log.record(input.sessionId, 'interpreter.requested', at, {});
    } else if (input.event === 'connected') {
      options.log.record(input.sessionId, 'interpreter.connected', at, { callId: input.callId });
    } else {
      options.log.record(input.sessionId, 'interpreter.ended', at, {
        callId: input.callId,
        durationSeconds: input.durationSeconds,
        endReason: input.endReason,
      });
    }
    options.afterRecord?.();
    return {};
  };

  // The last state reported, for a window that opens (or reloads) during the call.
  let last: CallsChanged | null = null;
  const setState = (input: MethodInput<'calls.setState'>) => {
    activeSession(input.sessionId);
    const { sessionId, phase, interpreterVideo } = input;
    // Relayed as given: absent stays absent (exactOptionalPropertyTypes, and "not known").
    const payload = {
      sessionId,
      phase,
      ...(interpreterVideo === undefined ? {} : { interpreterVideo }),
    };
    last = payload;
    for (const listener of listeners) listener(payload);
    return {};
  };
  // Only while its session is active: an ended session's call is nobody's news.
  const current = (): CallsChanged | null => {
    const session = last ? options.log.get(last.sessionId) : undefined;
    return session?.endedAt === null ? last : null;
  };

  return {
    handlers: {
      'calls.config': config,
      'calls.record': record,
      'calls.setState': setState,
      'calls.current': current,
      ...mirror.handlers,
    },
    onMirror: mirror.onMirror,
    onChanged(listener: ChangedListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
