// The one contract between the renderers and the local service. Both transports (Electron
// IPC and the web shell's WebSocket) are generated from this table; nothing else differs.
import { z } from 'zod';
import { ConsultationTypeId } from '../domain/consultation-types';
import { LanguageCode } from '../domain/languages';
import { callBridgeEvents, callBridgeMethods, callEventRoles } from './calls-contract';
import {
  consultationBridgeEvents,
  consultationBridgeMethods,
  consultationEventRoles,
} from './consultation-contract';
import { anyone, doctorOnly, type BridgeRole } from './contract-roles';
import type { Result } from './result';
import { Statistics, StatisticsRange } from './statistics';

export const SessionId = z.uuid();

export const SessionView = z.object({
  id: SessionId,
  consultationType: ConsultationTypeId,
  language: LanguageCode.nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
});
export type SessionView = z.infer<typeof SessionView>;

const NoInput = z.object({}).strict();

export type { BridgeRole } from './contract-roles';
export type { DaySession, KioskStatus } from './consultation-contract';

export const bridgeMethods = {
  /** The doctor starts a consultation; at most one session is active at a time. */
  'session.start': {
    input: z.object({ consultationType: ConsultationTypeId }).strict(),
    output: SessionView,
    roles: doctorOnly,
  },
  /** The family points at its language (or the doctor picks it). */
  'session.chooseLanguage': {
    input: z.object({ sessionId: SessionId, language: LanguageCode }).strict(),
    output: SessionView,
    roles: anyone,
  },
  'session.end': {
    input: z.object({ sessionId: SessionId }).strict(),
    output: SessionView,
    roles: doctorOnly,
  },
  /** The active session, or null: how a window that opens late catches up. */
  'session.current': { input: NoInput, output: SessionView.nullable(), roles: anyone },
  /** The clinic's activity over a date range, for the statistics screen (doctor only). */
  'statistics.get': { input: StatisticsRange, output: Statistics, roles: doctorOnly },
  ...consultationBridgeMethods,
  ...callBridgeMethods,
} as const;

export const bridgeEvents = {
  /** Sent to every window whenever the active session changes (null once it has ended). */
  'session.changed': z.object({ session: SessionView.nullable(), ended: SessionView.nullable() }),
  ...consultationBridgeEvents,
  ...callBridgeEvents,
} as const;

export type BridgeMethod = keyof typeof bridgeMethods;
export type BridgeEvent = keyof typeof bridgeEvents;
export type MethodInput<M extends BridgeMethod> = z.infer<(typeof bridgeMethods)[M]['input']>;
export type MethodOutput<M extends BridgeMethod> = z.infer<(typeof bridgeMethods)[M]['output']>;
export type EventPayload<E extends BridgeEvent> = z.infer<(typeof bridgeEvents)[E]>;

export const bridgeMethodNames = Object.keys(bridgeMethods) as BridgeMethod[];
export const bridgeEventNames = Object.keys(bridgeEvents) as BridgeEvent[];

/** Whether `role` may call `method` (the dispatcher answers FORBIDDEN_ROLE otherwise). */
export function mayCall(role: BridgeRole, method: BridgeMethod): boolean {
  return (bridgeMethods[method].roles as readonly BridgeRole[]).includes(role);
}

export function isBridgeMethod(name: unknown): name is BridgeMethod {
  return typeof name === 'string' && Object.hasOwn(bridgeMethods, name);
}

/** Events some windows must not receive; any other event goes to every window. */
const eventRoles: Partial<Record<BridgeEvent, readonly BridgeRole[]>> = {
  ...consultationEventRoles,
  ...callEventRoles,
};

/** Whether a window of `role` is sent `event` (both transports filter with this). */
export function mayReceive(role: BridgeRole, event: BridgeEvent): boolean {
  return eventRoles[event]?.includes(role) ?? true;
}

export function isBridgeEvent(name: unknown): name is BridgeEvent {
  return typeof name === 'string' && Object.hasOwn(bridgeEvents, name);
}

/** What a renderer holds, whatever the transport underneath. */
export interface BridgeClient {
  call<M extends BridgeMethod>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends BridgeEvent>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** Electron IPC channel names, one per method and event (no multiplexed channel). */
export const ipcChannel = {
  method: (method: BridgeMethod) => `bridge:${method}`,
  event: (event: BridgeEvent) => `bridge-event:${event}`,
};
