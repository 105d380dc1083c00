// Today's consultations, newest first: time, type, language, duration, interpreter — never a
// name. Refreshed whenever a session starts or ends.
import { useEffect, useState } from 'react';
import type { DaySession } from '../../../shared/bridge/contract';
import { consultationLabelFr } from '../../../shared/domain/consultation-types';
import { languageInfo } from '../../../shared/domain/languages';
import { useBridge } from '../../bridge/bridge-context';

const hhmm = (iso: string) => {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function TodayList(props: { onOpen: (session: DaySession) => void }) {
  const { client, session, lastEnded } = useBridge();
  const [rows, setRows] = useState<DaySession[] | null>(null);
  useEffect(() => {
    void client.call('sessions.today', {}).then((result) => {
      if (result.ok) setRows(result.value);
    });
  }, [client, session?.id, lastEnded?.id]);
  return (
    <section className="panel today" aria-labelledby="today-heading">
      <h2 id="today-heading">Consultations du jour</h2>
      {rows === null ? (
        <p aria-busy="true">Chargement…</p>
      ) : rows.length === 0 ? (
        <p className="hint">Aucune consultation aujourd’hui.</p>
      ) : (
        <table className="data-table" data-testid="today">
          <thead>
            <tr>
              <th scope="col">Heure</th>
              <th scope="col">Type</th>
              <th scope="col">Langue</th>
              <th scope="col">Durée</th>
              <th scope="col">Interprète</th>
              <th scope="col">Résumé</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{hhmm(row.startedAt)}</td>
                <td>{consultationLabelFr(row.consultationType)}</td>
                <td>{row.language ? languageInfo(row.language).frenchName : '—'}</td>
                <td>
                  {row.endedAt
                    ? `${String(Math.round((Date.parse(row.endedAt) - Date.parse(row.startedAt)) / 60_000))} min`
                    : 'en cours'}
                </td>
                <td>{row.interpreter ? 'oui' : 'non'}</td>
                <td>
                  {row.endedAt && (
                    <button
                      type="button"
                      onClick={() => {
                        props.onOpen(row);
                      }}
                    >
                      Voir
                      <span className="visually-hidden"> le résumé de {hhmm(row.startedAt)}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
