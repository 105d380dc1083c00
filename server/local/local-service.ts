// The clinic PC's service behind the bridge: opens the session log in the data folder and
// exposes one validated `dispatch` plus bridge events. Transports (Electron IPC, the web
// shell's WebSocket) wrap this and nothing else.
import { join } from 'node:path';
import type { BridgeEvent, EventPayload } from '../../shared/bridge/contract';
import { createDispatcher, type Dispatch } from './bridge-dispatcher';
import { openDatabase } from './store/database';
import { SessionLog } from './store/session-log';
import { SessionService } from './session-service';

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

export const DATABASE_FILE = 'session-log.sqlite';

export function openLocalService(options: {
  dataDir: string;
  nativeBinding?: string;
}): LocalService {
  const databasePath = join(options.dataDir, DATABASE_FILE);
  const db = openDatabase(databasePath, { nativeBinding: options.nativeBinding });
  const sessions = new SessionService(new SessionLog(db));
  const dispatch = createDispatcher({
    'session.start': (input) => sessions.start(input),
    'session.chooseLanguage': (input) => sessions.chooseLanguage(input),
    'session.end': (input) => sessions.end(input),
    'session.current': () => sessions.current(),
  });
  return {
    dispatch,
    databasePath,
    onEvent: (listener) =>
      sessions.onChanged((payload) => {
        listener('session.changed', payload);
      }),
    close: () => db.close(),
  };
}
