// Turns the statistics the local service computed into what the screen shows: French labels,
// rounded percentages and durations, and a default range. No counting happens here.
import type { Statistics, StatisticsRange } from '../../../shared/bridge/statistics';
import { languages } from '../../../shared/domain/languages';

const DAY_MS = 86_400_000;

/** The last 12 weeks up to `today`, in UTC days as the store counts them. */
export function defaultRange(today: Date): StatisticsRange {
  const to = today.toISOString().slice(0, 10);
  const from = new Date(today.getTime() - 83 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}

export function languageLabel(code: string | null, none: string): string {
  if (code === null) return none;
  return languages.find((language) => language.code === code)?.frenchName ?? code;
}

const percentFormat = new Intl.NumberFormat('fr-FR', {
  style: 'percent',
  maximumFractionDigits: 0,
});

export function percent(share: number | null): string {
  return share === null ? '—' : percentFormat.format(share);
}

/** "45 s", "3 min 20 s" or "—" when nothing was measured. */
export function duration(seconds: number | null): string {
  if (seconds === null) return '—';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const rest = whole % 60;
  return rest === 0 ? `${Math.floor(whole / 60)} min` : `${Math.floor(whole / 60)} min ${rest} s`;
}

/** "2026-W48" → "sem. 48 (2026)". */
export function weekLabel(week: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  return match ? `sem. ${Number(match[2])} (${match[1] ?? ''})` : week;
}

export interface StatisticsView {
  weeks: { label: string; sessions: number }[];
  languages: { label: string; sessions: number }[];
  flows: { flowId: string; sessions: number; dontUnderstand: string }[];
  summary: { total: number; interpreterShare: string; wait: string; call: string };
}

export function toView(stats: Statistics, noLanguage: string): StatisticsView {
  return {
    weeks: stats.sessionsPerWeek.map((w) => ({ label: weekLabel(w.week), sessions: w.sessions })),
    languages: stats.sessionsPerLanguage.map((l) => ({
      label: languageLabel(l.language, noLanguage),
      sessions: l.sessions,
    })),
    flows: stats.flows.map((f) => ({
      flowId: f.flowId,
      sessions: f.sessions,
      dontUnderstand: percent(f.dontUnderstandRate),
    })),
    summary: {
      total: stats.totalSessions,
      interpreterShare: percent(stats.interpreter.share),
      wait: duration(stats.interpreter.averageWaitSeconds),
      call: duration(stats.interpreter.averageCallSeconds),
    },
  };
}
