// Interpreting minutes per interpreter or per clinic device, as CSV: what the service is
// billed and staffed by. Only answered calls count minutes; every request counts in
// `requests`, so unanswered demand shows too. Ids are the pseudonymous account ids; the
// display name or site/room is added for the person reading the report.
import type { HubDb } from './hub-database';

export interface MinutesRow {
  id: string;
  name: string;
  requests: number;
  answered: number;
  minutes: number;
  meanWaitSeconds: number;
}

export function minutesReport(
  db: HubDb,
  by: 'interpreter' | 'clinic',
  range: { from?: number | undefined; to?: number | undefined } = {},
): MinutesRow[] {
  const key = by === 'interpreter' ? 'c.interpreter_id' : 'c.device_id';
  const name =
    by === 'interpreter'
      ? '(SELECT display_name FROM interpreters WHERE id = c.interpreter_id)'
      : "(SELECT site || ' / ' || room FROM devices WHERE id = c.device_id)";
  const rows = db
    .prepare(
      `SELECT ${key} AS id, ${name} AS name,
              COUNT(*) AS requests,
              COUNT(c.answered_at) AS answered,
              COALESCE(SUM(CASE WHEN c.answered_at IS NOT NULL AND c.ended_at IS NOT NULL
                           THEN c.ended_at - c.answered_at END), 0) AS talk_ms,
              COALESCE(AVG(CASE WHEN c.answered_at IS NOT NULL
                           THEN c.answered_at - c.requested_at END), 0) AS wait_ms
         FROM calls c
        WHERE ${key} IS NOT NULL AND c.requested_at >= ? AND c.requested_at < ?
        GROUP BY ${key}
        ORDER BY name, id`,
    )
    .all(range.from ?? 0, range.to ?? Number.MAX_SAFE_INTEGER) as {
    id: string;
    name: string | null;
    requests: number;
    answered: number;
    talk_ms: number;
    wait_ms: number;
  }[];
  return rows.map((row) => ({
    id: row.id,
    name: row.name ?? '',
    requests: row.requests,
    answered: row.answered,
    minutes: Math.round((row.talk_ms / 60_000) * 100) / 100,
    meanWaitSeconds: Math.round(row.wait_ms / 100) / 10,
  }));
}

/** RFC 4180 field: quoted when it holds a comma, quote or line break. A leading =, +, - or @
 * is prefixed with ' so a spreadsheet does not run it as a formula (CSV injection). */
function field(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(by: 'interpreter' | 'clinic', rows: readonly MinutesRow[]): string {
  const header = [`${by}_id`, 'name', 'requests', 'answered', 'minutes', 'mean_wait_seconds'];
  const lines = rows.map((r) =>
    [r.id, r.name, r.requests, r.answered, r.minutes, r.meanWaitSeconds].map(field).join(','),
  );
  return `${[header.join(','), ...lines].join('\r\n')}\r\n`;
}
