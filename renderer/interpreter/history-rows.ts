// The interpreter's call history as the table shows it: each call's date, language,
// consultation type and duration in French, worked out once per answer from the hub rather
// than on every render of the page (the page re-renders at each step of a call's set-up, and
// formatting 50 dates there competed with the call's own work: decision 0080).
import { consultationLabelFr, ConsultationTypeId } from '../../shared/domain/consultation-types';
import { LanguageCode, languageInfo } from '../../shared/domain/languages';
import type { HistoryResponse } from '../../shared/hub/http-api';

export interface HistoryRow {
  id: string;
  /** The ISO date, for `<time dateTime>`. */
  answeredAt: string;
  date: string;
  language: string;
  type: string;
  /** `null` while the call is still going on. */
  duration: string | null;
}

// One formatter for every row: `toLocaleString` with options builds a new one per call.
const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short' });

export function durationText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function historyRows(history: HistoryResponse): HistoryRow[] {
  return history.calls.map((call) => {
    const language = LanguageCode.safeParse(call.language);
    const type = ConsultationTypeId.safeParse(call.consultationType);
    return {
      id: call.id,
      answeredAt: call.answeredAt,
      date: dateFormat.format(new Date(call.answeredAt)),
      language: language.success ? languageInfo(language.data).frenchName : call.language,
      type: type.success ? consultationLabelFr(type.data) : call.consultationType,
      duration: call.endedAt ? durationText(call.durationSeconds) : null,
    };
  });
}
