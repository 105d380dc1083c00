// The doctor's window: home (start a session, today's list), the running session, the
// summary of the one that just ended, statistics and kiosk settings. With one screen for
// both, the doctor turns it to the family and comes back with the PIN.
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../shared/bridge/contract';
import { useBridge } from '../bridge/bridge-context';
import { ConnectionNotice } from '../components/ConnectionNotice';
import { HomePanel } from './HomePanel';
import { TodayList } from './home/TodayList';
import { ContentCoverage } from './content/ContentCoverage';
import { KioskSettings } from './kiosk/KioskSettings';
import { SessionPanel } from './SessionPanel';
import { SummaryPanel } from './summary/SummaryPanel';

// Loaded on demand: the charts library and the family interface are not needed to start a
// consultation.
const StatisticsPanel = lazy(() =>
  import('./statistics/StatisticsPanel').then((module) => ({ default: module.StatisticsPanel })),
);
const KioskFamilyView = lazy(() =>
  import('./kiosk/KioskFamilyView').then((module) => ({ default: module.KioskFamilyView })),
);

type View = 'home' | 'statistics' | 'settings' | 'content';

const singleWindow = new URLSearchParams(window.location.search).get('layout') === 'single';

export function DoctorApp() {
  const { t } = useTranslation();
  const { session, lastEnded, client } = useBridge();
  const [view, setView] = useState<View>('home');
  const [summaryOf, setSummaryOf] = useState<SessionView | null>(null);
  const [showFamily, setShowFamily] = useState(false);
  const [pinSet, setPinSet] = useState(false);

  // The consultation that just ended opens its summary; a new one closes it (state adjusted
  // while rendering, as React recommends for changes that come from props/context).
  const [seenEnded, setSeenEnded] = useState(lastEnded?.id ?? null);
  if (lastEnded && lastEnded.id !== seenEnded) {
    setSeenEnded(lastEnded.id);
    setSummaryOf(lastEnded);
  }
  const [seenSession, setSeenSession] = useState(session?.id ?? null);
  if ((session?.id ?? null) !== seenSession) {
    setSeenSession(session?.id ?? null);
    if (session) {
      setSummaryOf(null);
      setView('home');
    } else setShowFamily(false);
  }
  useEffect(() => {
    void client.call('kiosk.status', {}).then((result) => {
      if (result.ok) setPinSet(result.value.pinSet);
    });
  }, [client, view]);

  const kiosk = showFamily && session !== null;

  const toggle = (next: View) => {
    // Another screen closes the last summary (it stays one tap away in today's list).
    setSummaryOf(null);
    setView(view === next ? 'home' : next);
  };
  let body;
  if (session) body = <SessionPanel session={session} />;
  else if (view === 'statistics') {
    body = (
      <Suspense fallback={<p aria-busy="true">Chargement…</p>}>
        <StatisticsPanel />
      </Suspense>
    );
  } else if (view === 'settings') body = <KioskSettings />;
  else if (view === 'content') body = <ContentCoverage />;
  else if (summaryOf) {
    body = (
      <SummaryPanel
        key={summaryOf.id}
        session={summaryOf}
        onClose={() => {
          setSummaryOf(null);
        }}
      />
    );
  } else {
    body = (
      <>
        <HomePanel />
        <TodayList onOpen={setSummaryOf} />
      </>
    );
  }

  return (
    <>
      {kiosk && (
        <Suspense fallback={null}>
          <KioskFamilyView
            onUnlock={() => {
              setShowFamily(false);
            }}
          />
        </Suspense>
      )}
      {/* While the family holds the screen the console stays mounted but hidden and inert:
          the interpreter call lives in it and must not end when the screen is turned. */}
      <div className="doctor" hidden={kiosk} inert={kiosk}>
        <header className="doctor-header no-print">
          <span className="brand">{t('app.title')}</span>
          {singleWindow && session && (
            <span className="header-actions">
              <button
                type="button"
                disabled={!pinSet}
                data-testid="show-family"
                onClick={() => {
                  setShowFamily(true);
                }}
              >
                {t('session.showFamily')}
              </button>
              {!pinSet && (
                <span className="header-hint">Définissez d’abord un code PIN (Réglages).</span>
              )}
            </span>
          )}
          {!session && (
            <span className="header-actions">
              <button
                type="button"
                aria-pressed={view === 'statistics'}
                onClick={() => {
                  toggle('statistics');
                }}
              >
                {view === 'statistics' ? t('statistics.close') : t('statistics.open')}
              </button>
              <button
                type="button"
                aria-pressed={view === 'settings'}
                data-testid="open-settings"
                onClick={() => {
                  toggle('settings');
                }}
              >
                Réglages
              </button>
              <button
                type="button"
                aria-pressed={view === 'content'}
                onClick={() => {
                  toggle('content');
                }}
              >
                Contenu
              </button>
            </span>
          )}
        </header>
        <main>
          <ConnectionNotice />
          {body}
        </main>
      </div>
    </>
  );
}
