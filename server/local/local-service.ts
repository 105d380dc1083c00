// The clinic PC's service behind the bridge: opens the encrypted session log in the data
// folder, keeps it purged and backed up, and exposes one validated `dispatch` plus bridge
// events. Transports (Electron IPC, the web shell's WebSocket) wrap this and nothing else.
import type { BridgeEvent, EventPayload } from '../../shared/bridge/contract';
import { createDispatcher, type Dispatch } from './bridge-dispatcher';
import { createCallHandlers } from './calls-handlers';
import { Maintenance } from './maintenance';
import type { KeyStore } from './store/database-key';
import { openStore } from './store/open-store';
import { SessionLog } from './store/session-log';
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

export function openLocalService(options: {
  dataDir: string;
  nativeBinding?: string | undefined;
  /** Where the encryption key is kept; the web shell's 0600 key file by default. */
  keyStore?: KeyStore | undefined;
  logError?: ((error: unknown) => void) | undefined;
}): LocalService {
  const { db, key, paths } = openStore(options);
  const maintenance = new Maintenance({
    db,
    key,
    paths,
    nativeBinding: options.nativeBinding,
    logError: options.logError,
  });
  maintenance.runDue();
  const stopSchedule = maintenance.schedule();
  const sessions = new SessionService(new SessionLog(db));
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
  const dispatch = createDispatcher(
    {
      'session.start': (input) => sessions.start(input),
      'session.chooseLanguage': (input) => sessions.chooseLanguage(input),
      'session.end': (input) => sessions.end(input),
      'session.current': () => sessions.current(),
      'statistics.get': (input) => computeStatistics(db, input),
      ...createCallHandlers(),
    },
    options.logError,
  );
  return {
    dispatch,
    databasePath: paths.database,
    onEvent: (listener) =>
      sessions.onChanged((payload) => {
        listener('session.changed', payload);
      }),
    close: () => {
      if (pendingBackup) backupNow();
      stopSchedule();
      db.close();
    },
  };
}
