// The interpreter's recent calls and total minutes, from the hub's call records (GET
// /api/history, authenticated by the session token). Refreshed when a call ends, never during
// one (a call's set-up should not share the link with it).
import { useEffect, useState } from 'react';
import { consultationLabelFr, ConsultationTypeId } from '../../shared/domain/consultation-types';
import { LanguageCode, languageInfo } from '../../shared/domain/languages';
import type { HistoryResponse } from '../../shared/hub/http-api';
import { fetchHistory } from './hub-api';
import { fr } from './strings-fr';

interface Props {
  token: string;
  /** No request while a call is being set up or going on; asked again when it ends. */
  inCall: boolean;
}

function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${String(seconds % 60).padStart(2, '0')} s`;
}

export function CallHistory({ token, inCall }: Props) {
  const [history, setHistory] = useState<HistoryResponse | null | 'error'>(null);
  const [asked, setAsked] = useState(0);
  const t = fr.history;
  useEffect(() => {
    if (inCall) return;
    let cancelled = false;
    void fetchHistory(token).then((answer) => {
      if (!cancelled) setHistory(answer ?? 'error');
    });
    return () => {
      cancelled = true;
    };
  }, [token, inCall, asked]);

  return (
    <section className="call-history" aria-labelledby="history-heading">
      <h3 id="history-heading">{t.heading}</h3>
      {history === 'error' ? <p>{t.unavailable}</p> : null}
      {history !== null && history !== 'error' ? (
        <>
          <p className="history-totals">{t.totals(history.totalCalls, history.totalMinutes)}</p>
          {history.calls.length === 0 ? (
            <p>{t.empty}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.columns.date}</th>
                  <th scope="col">{t.columns.language}</th>
                  <th scope="col">{t.columns.type}</th>
                  <th scope="col">{t.columns.duration}</th>
                </tr>
              </thead>
              <tbody>
                {history.calls.map((call) => {
                  const language = LanguageCode.safeParse(call.language);
                  const type = ConsultationTypeId.safeParse(call.consultationType);
                  return (
                    <tr key={call.id}>
                      <td>
                        <time dateTime={call.answeredAt}>
                          {new Date(call.answeredAt).toLocaleString('fr-FR', {
                            dateStyle: 'short',
                            timeStyle: 'short',
                          })}
                        </time>
                      </td>
                      <td>
                        {language.success ? languageInfo(language.data).frenchName : call.language}
                      </td>
                      <td>
                        {type.success ? consultationLabelFr(type.data) : call.consultationType}
                      </td>
                      <td>{call.endedAt ? duration(call.durationSeconds) : t.ongoing}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      ) : null}
      <button
        type="button"
        onClick={() => {
          setAsked(asked + 1);
        }}
      >
        {t.refresh}
      </button>
    </section>
  );
}
