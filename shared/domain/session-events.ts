// The canonical event types of the session log. Data holds ids, never free text.
// The statistics (server/local/store/statistics.ts) read these data keys:
//   flow.started           { flowId }
//   answer.given           { flowId, cardId, answer }  answer 'dont-understand' = "I don't understand"
//   interpreter.requested / interpreter.connected / interpreter.ended   {}
// The consultation (shared/consultation/events.ts) also writes flow.back, flow.finished,
// family.signal, phrase.pushed, phrase.dismissed, consent.given, session.paused/resumed:
// the log alone rebuilds the screen after a crash.
export const sessionEventTypes = [
  'session.started',
  'language.chosen',
  'card.shown',
  'flow.started',
  'answer.given',
  'flow.back',
  'flow.finished',
  'family.signal',
  'phrase.pushed',
  'phrase.dismissed',
  'session.paused',
  'session.resumed',
  'interpreter.requested',
  'interpreter.connected',
  'interpreter.ended',
  'consent.given',
  'session.ended',
] as const;

export type SessionEventType = (typeof sessionEventTypes)[number];

/** The canonical answer id of the family's "I don't understand" button. */
export const DONT_UNDERSTAND = 'dont-understand';
