// The clinic PC's service behind the bridge: opens the encrypted session log in the data
// folder, keeps it purged and backed up, and exposes one validated `dispatch` plus bridge
// events. Transports (Electron IPC, the web shell's WebSocket) wrap this and nothing else.
import type { BridgeEvent, EventPayload } from '../../shared/bridge/contract';
import { createDispatcher, type Dispatch } from './bridge-dispatcher';
import { createCallHandlers, type CallHubSettings } from './calls-handlers';
import { ConsultationService } from './consultation/consultation-service';
import { screenOf } from '../../shared/consultation/reduce';
import { loadFlows } from './consultation/load-flows';
import { KioskService } from './kiosk/kiosk-service';
import { Maintenance } from './maintenance';
import type { KeyStore } from './store/database-key';
import { openStore } from './store/open-store';
import { sessionsSince, startOfLocalDay } from './store/day-sessions';
import { SessionLog } from './store/session-log';
import { SettingsStore } from './store/settings';
import { computeStatistics } from './store/statistics';
import { SessionService } from './session-service';

export { DATABASE_FILE } from './store/open-store';

export type BridgeEventListener = <E extends BridgeEvent>(
  event: E,
  payload: EventPayload<E>,
) => void;

export interface LocalService {
  dispatch: Dispatch;
  onEvent(listener: BridgeEventListener): () => void;
  close(): void;
  readonly databasePath: string;
}

/** The start-up purge and backup wait for the pages' first load (see Maintenance.schedule). */
export const MAINTENANCE_DELAY_MS = 5_000;

const ack = (state: { revision: number }) => ({ revision: state.revision });

export function openLocalService(options: {
  dataDir: string;
  nativeBinding?: string | undefined;
  /** Where the encryption key is kept; the web shell's 0600 key file by default. */
  keyStore?: KeyStore | undefined;
  logError?: ((error: unknown) => void) | undefined;
  /** Folder holding the compiled content bundle (dist/renderer); none: no flows to run. */
  contentRoot?: string | undefined;
  /** The interpreter hub this clinic PC calls through; none: calls are unavailable. */
  hub?: CallHubSettings | undefined;
  /** How long after opening the start-up purge and daily backup wait; 0: at once. */
  maintenanceDelayMs?: number | undefined;
}): LocalService {
  // The content first: a damaged install stops here (CONTENT_DAMAGED) before the session log
  // is opened, so it leaves the data folder exactly as it was.
  const flows = loadFlows(options.contentRoot);
  const { db, key, paths } = openStore(options);
  const maintenance = new Maintenance({
    db,
    key,
    paths,
    nativeBinding: options.nativeBinding,
    logError: options.logError,
  });
  const stopSchedule = maintenance.schedule(options.maintenanceDelayMs ?? MAINTENANCE_DELAY_MS);
  const log = new SessionLog(db);
  const sessions = new SessionService(log);
  const consultation = new ConsultationService(log, flows);
  const kiosk = new KioskService(new SettingsStore(db));
  // A started or ended session changes what the consultation is about.
  sessions.onChanged(() => {
    consultation.refresh();
  });
  // The session-end backup runs just after session.end has answered: the doctor never waits
  // for the copy (seconds on a very large log). close() takes a pending one at once.
  let pendingBackup: NodeJS.Immediate | null = null;
  const backupNow = () => {
    if (pendingBackup) clearImmediate(pendingBackup);
    pendingBackup = null;
    maintenance.afterSessionEnd();
  };
  sessions.onChanged((payload) => {
    if (payload.ended) pendingBackup ??= setImmediate(backupNow);
  });
  const calls = createCallHandlers({
    log,
    hub: options.hub ?? null,
    afterRecord: () => {
      consultation.refresh();
    },
  });
  const dispatch = createDispatcher(
    {
      'session.start': (input) => sessions.start(input),
      'session.chooseLanguage': (input) => sessions.chooseLanguage(input),
      'session.end': (input) => sessions.end(input),
      'session.current': () => sessions.current(),
      'statistics.get': (input) => computeStatistics(db, input),
      'consultation.current': () => consultation.current(),
      'consultation.screen': () => consultation.screen(),
      'consultation.get': (input) => consultation.get(input.sessionId),
      'consultation.startFlow': (input) => ack(consultation.startFlow(input)),
      'consultation.answer': (input) => ack(consultation.answer(input)),
      'consultation.back': (input) => ack(consultation.back(input)),
      'consultation.signal': (input) => ack(consultation.signal(input)),
      'consultation.pushPhrase': (input) => ack(consultation.pushPhrase(input)),
      'consultation.dismissPhrase': (input) => ack(consultation.dismissPhrase(input)),
      'consultation.setPaused': (input) => ack(consultation.setPaused(input)),
      'sessions.today': () => sessionsSince(db, startOfLocalDay(new Date())),
      'kiosk.status': () => kiosk.status(),
      'kiosk.configure': (input) => kiosk.configure(input),
      'kiosk.unlock': (input) => kiosk.unlock(input.pin),
      ...calls.handlers,
    },
    options.logError,
  );
  return {
    dispatch,
    databasePath: paths.database,
    onEvent: (listener) => {
      const stopSessions = sessions.onChanged((payload) => {
        listener('session.changed', payload);
      });
      const stopConsultation = consultation.onChanged((c) => {
        listener('consultation.changed', c?.state ?? null);
        listener('consultation.screen', c ? screenOf(c) : null);
      });
      const stopCalls = calls.onChanged((payload) => {
        listener('calls.changed', payload);
      });
      const stopMirror = calls.onMirror({
        toFamily: (payload) => {
          listener('calls.mirrorForFamily', payload);
        },
        toDoctor: (payload) => {
          listener('calls.mirrorForDoctor', payload);
        },
      });
      return () => {
        stopSessions();
        stopConsultation();
        stopCalls();
        stopMirror();
      };
    },
    close: () => {
      // Closed before the start-up run: it runs now, so a short launch still leaves its copy.
      if (stopSchedule()) maintenance.runDue();
      if (pendingBackup) backupNow();
      db.close();
    },
  };
}
