// The statistics screen's numbers, computed by SQL over sessions started in a date range (UTC
// days, both included). Indexes from migration 0004 keep it usable over 100 000 sessions
// (figure printed by npm run bench).
import type { Statistics, StatisticsRange } from '../../../shared/bridge/statistics';
import { DONT_UNDERSTAND } from '../../../shared/domain/session-events';
import type { Db } from './database';

const IN_RANGE = 's.started_at >= @start AND s.started_at < @end';

function bounds(range: StatisticsRange) {
  const end = new Date(Date.parse(`${range.to}T00:00:00.000Z`) + 86_400_000).toISOString();
  return { start: `${range.from}T00:00:00.000Z`, end };
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);

export function computeStatistics(db: Db, range: StatisticsRange): Statistics {
  const params = bounds(range);
  const totalSessions = db
    .prepare(`SELECT count(*) FROM sessions s WHERE ${IN_RANGE}`)
    .pluck()
    .get(params) as number;
  const sessionsPerWeek = db
    .prepare(
      `SELECT strftime('%G-W%V', s.started_at) AS week, count(*) AS sessions
       FROM sessions s WHERE ${IN_RANGE} GROUP BY week ORDER BY week`,
    )
    .all(params) as Statistics['sessionsPerWeek'];
  const sessionsPerLanguage = db
    .prepare(
      `SELECT s.language AS language, count(*) AS sessions
       FROM sessions s WHERE ${IN_RANGE} GROUP BY s.language ORDER BY sessions DESC, language`,
    )
    .all(params) as Statistics['sessionsPerLanguage'];
  // The sessions in range, once, as a set the event queries probe (a bloom filter in SQLite).
  const inRange = `in_range AS MATERIALIZED (SELECT id FROM sessions s WHERE ${IN_RANGE})`;
  const interpreter = db
    .prepare(
      `WITH ${inRange},
       firsts AS (
         SELECT e.session_id,
                min(CASE WHEN e.type = 'interpreter.requested' THEN e.at END) AS requested,
                min(CASE WHEN e.type = 'interpreter.connected' THEN e.at END) AS connected,
                max(CASE WHEN e.type = 'interpreter.ended' THEN e.at END) AS ended
         FROM events e
         WHERE e.type IN ('interpreter.requested', 'interpreter.connected', 'interpreter.ended')
           AND e.session_id IN in_range
         GROUP BY e.session_id)
       SELECT count(requested) AS requested, count(connected) AS connected,
              avg((julianday(connected) - julianday(requested)) * 86400) AS wait,
              avg((julianday(ended) - julianday(connected)) * 86400) AS call
       FROM firsts`,
    )
    .get(params) as {
    requested: number;
    connected: number;
    wait: number | null;
    call: number | null;
  };
  // Per (flow, session) first, walking the partial index events_by_flow in its own order
  // (a filter on type would make SQLite pick events_by_type and sort 400 000 rows), then per flow.
  const flows = db
    .prepare(
      `WITH ${inRange},
       per_session AS (
         SELECT e.flow_id, e.session_id,
                sum(e.type = 'answer.given') AS answers,
                sum(e.type = 'answer.given' AND e.answer = @dontUnderstand) AS dont
         FROM events e
         WHERE e.flow_id IS NOT NULL
         GROUP BY e.flow_id, e.session_id)
       SELECT flow_id AS flowId, count(*) AS sessions, sum(answers) AS answers,
              sum(dont) AS dontUnderstand
       FROM per_session WHERE session_id IN in_range
       GROUP BY flow_id ORDER BY sessions DESC, flowId`,
    )
    .all({ ...params, dontUnderstand: DONT_UNDERSTAND }) as Omit<
    Statistics['flows'][number],
    'dontUnderstandRate'
  >[];
  return {
    from: range.from,
    to: range.to,
    totalSessions,
    sessionsPerWeek,
    sessionsPerLanguage,
    interpreter: {
      requested: interpreter.requested,
      connected: interpreter.connected,
      share: totalSessions === 0 ? null : interpreter.connected / totalSessions,
      averageWaitSeconds: round(interpreter.wait),
      averageCallSeconds: round(interpreter.call),
    },
    flows: flows.map((flow) => ({
      ...flow,
      dontUnderstandRate: flow.answers === 0 ? null : flow.dontUnderstand / flow.answers,
    })),
  };
}
