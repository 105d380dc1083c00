// The interpreter's recent calls and total minutes, from the hub's call records (GET
// /api/history, authenticated by the session token). Refreshed when a call ends, never during
// one (a call's set-up should not share the link with it).
import { memo, useEffect, useMemo, useState } from 'react';
import type { HistoryResponse } from '../../shared/hub/http-api';
import { fetchHistory } from './hub-api';
import { historyRows } from './history-rows';
import { fr } from './strings-fr';

interface Props {
  token: string;
  /** No request while a call is being set up or going on; asked again when it ends. */
  inCall: boolean;
}

// Memoised: the page around it re-renders at every step of a call; the table only changes
// with its own props and answers.
export const CallHistory = memo(function CallHistory({ token, inCall }: Props) {
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
  const rows = useMemo(
    () => (history === null || history === 'error' ? [] : historyRows(history)),
    [history],
  );

  return (
    <section className="call-history" aria-labelledby="history-heading">
      <h3 id="history-heading">{t.heading}</h3>
      {history === 'error' ? <p>{t.unavailable}</p> : null}
      {history !== null && history !== 'error' ? (
        <>
          <p className="history-totals">{t.totals(history.totalCalls, history.totalMinutes)}</p>
          {rows.length === 0 ? (
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
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <time dateTime={row.answeredAt}>{row.date}</time>
                    </td>
                    <td>{row.language}</td>
                    <td>{row.type}</td>
                    <td>{row.duration ?? t.ongoing}</td>
                  </tr>
                ))}
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
});
