// Bridge methods of the consultation: the doctor runs flows and pushes phrases, the family
// answers and signals. Every method names the session it acts on, so a late tap from a
// previous family can never land in the next one; answers and "back" also name the step they
// were given on, so a double tap cannot answer the following step.
import { z } from 'zod';
import { AnswerValue } from '../content/answer';
import { CardId, FlowId, StepId } from '../content/ids';
import { FamilySignal, PhraseSource } from '../consultation/events';
import { ConsultationScreen, ConsultationState } from '../consultation/state';
import { ConsultationTypeId } from '../domain/consultation-types';
import { LanguageCode } from '../domain/languages';
import { anyone, doctorOnly } from './contract-roles';

const SessionRef = { sessionId: z.uuid() };

/** What a consultation change answers: the new state itself arrives once, in the
 * `consultation.changed` / `consultation.screen` events; sending it twice would double the
 * work of the family's tablet on every tap. */
export const ConsultationAck = z.object({ revision: z.number().int().nonnegative() });

export const DaySession = z.object({
  id: z.uuid(),
  consultationType: ConsultationTypeId,
  language: LanguageCode.nullable(),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  interpreter: z.boolean(),
});
export type DaySession = z.infer<typeof DaySession>;

export const KioskStatus = z.object({
  pinSet: z.boolean(),
  /** The family screen returns to its welcome screen after this long without a touch. */
  inactivitySeconds: z.number().int(),
});
export type KioskStatus = z.infer<typeof KioskStatus>;

const Pin = z.string().regex(/^\d{4,8}$/, 'a PIN of 4 to 8 digits');

export const consultationBridgeMethods = {
  /** The whole running consultation, timeline included: the doctor's screens. */
  'consultation.current': {
    input: z.object({}).strict(),
    output: ConsultationState.nullable(),
    roles: doctorOnly,
  },
  /** What the family screen shows of the running consultation (no timeline). */
  'consultation.screen': {
    input: z.object({}).strict(),
    output: ConsultationScreen.nullable(),
    roles: anyone,
  },
  /** The timeline of any session of the retention period (the summary of an ended one). */
  'consultation.get': {
    input: z.object(SessionRef).strict(),
    output: ConsultationState,
    roles: doctorOnly,
  },
  'consultation.startFlow': {
    input: z.object({ ...SessionRef, flowId: FlowId }).strict(),
    output: ConsultationAck,
    roles: doctorOnly,
  },
  'consultation.answer': {
    input: z
      .object({ ...SessionRef, flowId: FlowId, stepId: StepId, answer: AnswerValue })
      .strict(),
    output: ConsultationAck,
    roles: anyone,
  },
  'consultation.back': {
    input: z.object({ ...SessionRef, flowId: FlowId, stepId: StepId }).strict(),
    output: ConsultationAck,
    roles: anyone,
  },
  'consultation.signal': {
    input: z.object({ ...SessionRef, signal: FamilySignal }).strict(),
    output: ConsultationAck,
    roles: anyone,
  },
  'consultation.pushPhrase': {
    input: z.object({ ...SessionRef, cardId: CardId, by: PhraseSource }).strict(),
    output: ConsultationAck,
    roles: doctorOnly,
  },
  'consultation.dismissPhrase': {
    input: z.object(SessionRef).strict(),
    output: ConsultationAck,
    roles: anyone,
  },
  'consultation.setPaused': {
    input: z.object({ ...SessionRef, paused: z.boolean() }).strict(),
    output: ConsultationAck,
    roles: doctorOnly,
  },
  /** Today's sessions for the doctor's home screen: no names, nothing typed. */
  'sessions.today': {
    input: z.object({}).strict(),
    output: z.array(DaySession),
    roles: doctorOnly,
  },
  'kiosk.status': { input: z.object({}).strict(), output: KioskStatus, roles: anyone },
  'kiosk.configure': {
    input: z
      .object({
        pin: Pin.optional(),
        currentPin: Pin.optional(),
        inactivitySeconds: z.number().int().min(15).max(3600).optional(),
      })
      .strict(),
    output: KioskStatus,
    roles: doctorOnly,
  },
  /** The doctor's way back from the family screen on a single screen. */
  'kiosk.unlock': {
    input: z.object({ pin: Pin }).strict(),
    output: z.object({ unlocked: z.literal(true) }),
    roles: anyone,
  },
} as const;

export const consultationBridgeEvents = {
  /** After each consultation change, the whole state (null when no session runs). */
  'consultation.changed': ConsultationState.nullable(),
  /** After each consultation change, what the family screen shows (null when none). */
  'consultation.screen': ConsultationScreen.nullable(),
} as const;

/** The kiosk never receives the doctor's timeline: it gets `consultation.screen` only. */
export const consultationEventRoles = {
  'consultation.changed': doctorOnly,
} as const;
