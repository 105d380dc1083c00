// The canonical event types of the session log. Data holds ids, never free text.
export const sessionEventTypes = ['session.started', 'language.chosen', 'session.ended'] as const;

export type SessionEventType = (typeof sessionEventTypes)[number];
