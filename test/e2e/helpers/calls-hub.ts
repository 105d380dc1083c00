// The real hub for the calls tests and the calls benchmark: SQLite in memory, two
// Arabic-speaking interpreters who sign in with INTERPRETER_PASSWORD, and a clinic device.
import { join, resolve } from 'node:path';
import type { DispatchSettings } from '../../../server/hub/dispatch/call-state';
import { startHubServer, type HubServer } from '../../../server/hub/hub-server';
import { hashPassword } from '../../../server/hub/password';
import { createAccountAdmin } from '../../../server/hub/store/account-admin';
import { createCallHistory } from '../../../server/hub/store/call-history';
import { openHubDatabase } from '../../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../../server/hub/store/sqlite-accounts';
import { createSqliteCallRecords } from '../../../server/hub/store/sqlite-call-records';
import { createSqliteSessionTokens } from '../../../server/hub/store/sqlite-sessions';
import type { TurnConfig } from '../../../server/hub/turn-credentials';

/** The built renderer: the hub serves the interpreter page from it. */
export const rendererDir = join(resolve(import.meta.dirname, '../../..'), 'dist/renderer');
export const INTERPRETER_PASSWORD = 'mot-de-passe-de-test';

export interface CallsHub {
  server: HubServer;
  url: string;
  deviceToken: string;
  close(): Promise<void>;
}

/** The real hub (SQLite in memory) with interpreters amina and bilal (Arabic) and a clinic
 * device; `now` moves the hub's clock (TURN credentials are signed with it). */
export async function startCallsHub(options: {
  allowedOrigins: string[];
  turn?: TurnConfig | null;
  now?: () => number;
  dispatch?: Partial<DispatchSettings>;
}): Promise<CallsHub> {
  const db = openHubDatabase(':memory:');
  const admin = createAccountAdmin(db);
  const passwordHash = await hashPassword(INTERPRETER_PASSWORD);
  for (const [login, displayName] of [
    ['amina', 'Amina K.'],
    ['bilal', 'Bilal S.'],
  ] as const) {
    const added = admin.addInterpreter({
      id: login,
      login,
      displayName,
      languages: ['ar'],
      passwordHash,
    });
    if (!added.ok) throw new Error(added.message);
  }
  const device = admin.addDevice({ site: 'PMI Gerland', room: 'Salle 3' });
  if (!device.ok) throw new Error(device.message);
  const server = await startHubServer({
    host: '127.0.0.1',
    port: 0,
    staticDir: rendererDir,
    extraOrigins: options.allowedOrigins,
    accounts: createSqliteAccountStore(db),
    sessions: createSqliteSessionTokens(db),
    records: createSqliteCallRecords(db),
    history: createCallHistory(db),
    turn: options.turn ?? null,
    ...(options.dispatch ? { dispatch: options.dispatch } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return {
    server,
    url: server.url,
    deviceToken: device.value.token,
    close: async () => {
      await server.close();
      db.close();
    },
  };
}
