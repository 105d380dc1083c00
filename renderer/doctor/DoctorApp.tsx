// The doctor's window: home (start a session) or the running session. In single-window
// mode (one display) it can also show the family screen in place.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBridge } from '../bridge/bridge-context';
import { ConnectionNotice } from '../components/ConnectionNotice';
import { FamilyApp } from '../family/FamilyApp';
import { EndedSummary } from './EndedSummary';
import { HomePanel } from './HomePanel';
import { SessionPanel } from './SessionPanel';
import { StatisticsPanel } from './statistics/StatisticsPanel';

const singleWindow = new URLSearchParams(window.location.search).get('layout') === 'single';

export function DoctorApp() {
  const { t } = useTranslation();
  const { session, lastEnded } = useBridge();
  const [showFamily, setShowFamily] = useState(false);
  const [showStatistics, setShowStatistics] = useState(false);
  // A consultation always takes the screen back from the statistics.
  const statistics = showStatistics && !session;

  // Until the PIN unlock exists (consultation issue), single-window mode returns to the
  // doctor view only when the session ends.
  if (showFamily && session) return <FamilyApp />;

  return (
    <div className="doctor">
      <header className="doctor-header">
        <span className="brand">{t('app.title')}</span>
        {singleWindow && session && (
          <button
            type="button"
            onClick={() => {
              setShowFamily(true);
            }}
          >
            {t('session.showFamily')}
          </button>
        )}
        {!session && (
          <button
            type="button"
            aria-pressed={statistics}
            onClick={() => {
              setShowStatistics(!statistics);
            }}
          >
            {statistics ? t('statistics.close') : t('statistics.open')}
          </button>
        )}
      </header>
      <main>
        <ConnectionNotice />
        {statistics ? (
          <StatisticsPanel />
        ) : (
          <>
            {session ? <SessionPanel session={session} /> : <HomePanel />}
            {!session && lastEnded && <EndedSummary session={lastEnded} />}
          </>
        )}
      </main>
    </div>
  );
}
