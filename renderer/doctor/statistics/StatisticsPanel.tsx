// The clinic's statistics screen: a date range, four key figures, sessions per week and per
// language as charts with table alternatives, and the flows with their "I don't understand"
// rate. Every number comes from the local service (`statistics.get`), computed in SQL.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BridgeError, Result } from '../../../shared/bridge/result';
import type { Statistics, StatisticsRange } from '../../../shared/bridge/statistics';
import { useBridge } from '../../bridge/bridge-context';
import { ErrorNotice } from '../../components/ErrorNotice';
import { CountChart } from './CountChart';
import { defaultRange, toView, type StatisticsView } from './statistics-view';

export function StatisticsPanel() {
  const { t } = useTranslation();
  const { client } = useBridge();
  const [range, setRange] = useState<StatisticsRange>(() => defaultRange(new Date()));
  const [view, setView] = useState<StatisticsView | null>(null);
  const [error, setError] = useState<BridgeError | null>(null);
  const [busy, setBusy] = useState(true);

  const show = useCallback(
    (result: Result<Statistics>) => {
      setBusy(false);
      setError(result.ok ? null : result.error);
      setView(result.ok ? toView(result.value, t('statistics.noLanguage')) : null);
    },
    [t],
  );

  const load = (wanted: StatisticsRange) => {
    setBusy(true);
    void client.call('statistics.get', wanted).then(show);
  };

  // The first figures load on opening; state changes only once the answer is back.
  useEffect(() => {
    let live = true;
    void client.call('statistics.get', defaultRange(new Date())).then((result) => {
      if (live) show(result);
    });
    return () => {
      live = false;
    };
  }, [client, show]);

  return (
    <section aria-labelledby="statistics-heading" className="panel statistics" aria-busy={busy}>
      <h1 id="statistics-heading">{t('statistics.heading')}</h1>
      <form
        className="range-form"
        onSubmit={(event) => {
          event.preventDefault();
          load(range);
        }}
      >
        <label>
          {t('statistics.from')}
          <input
            type="date"
            value={range.from}
            required
            onChange={(event) => {
              setRange({ ...range, from: event.target.value });
            }}
          />
        </label>
        <label>
          {t('statistics.to')}
          <input
            type="date"
            value={range.to}
            required
            onChange={(event) => {
              setRange({ ...range, to: event.target.value });
            }}
          />
        </label>
        <button type="submit" disabled={busy}>
          {busy ? t('statistics.loading') : t('statistics.refresh')}
        </button>
      </form>
      <ErrorNotice error={error} />
      {view && <StatisticsBody view={view} />}
    </section>
  );
}

function StatisticsBody(props: { view: StatisticsView }) {
  const { t } = useTranslation();
  const { view } = props;
  return (
    <>
      <dl className="key-figures" data-testid="key-figures">
        <div>
          <dt>{t('statistics.total')}</dt>
          <dd>{view.summary.total}</dd>
        </div>
        <div>
          <dt>{t('statistics.interpreterShare')}</dt>
          <dd>{view.summary.interpreterShare}</dd>
        </div>
        <div>
          <dt>{t('statistics.wait')}</dt>
          <dd>{view.summary.wait}</dd>
        </div>
        <div>
          <dt>{t('statistics.call')}</dt>
          <dd>{view.summary.call}</dd>
        </div>
      </dl>
      {view.summary.total === 0 ? (
        <p>{t('statistics.empty')}</p>
      ) : (
        <>
          <CountChart
            id="per-week"
            title={t('statistics.perWeek')}
            labelHeader={t('statistics.week')}
            rows={view.weeks}
          />
          <CountChart
            id="per-language"
            title={t('statistics.perLanguage')}
            labelHeader={t('statistics.language')}
            rows={view.languages}
          />
          {view.flows.length > 0 && (
            <table className="flows-table">
              <caption>{t('statistics.flows')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('statistics.flow')}</th>
                  <th scope="col">{t('statistics.sessions')}</th>
                  <th scope="col">{t('statistics.dontUnderstand')}</th>
                </tr>
              </thead>
              <tbody>
                {view.flows.map((flow) => (
                  <tr key={flow.flowId}>
                    <th scope="row">{flow.flowId}</th>
                    <td>{flow.sessions}</td>
                    <td>{flow.dontUnderstand}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
