// The hub's entry point, used by `npm start` (embedded, on loopback) and `npm run hub`
// (standalone): opens the hub's SQLite file (':memory:' by default, i.e. a throwaway demo
// hub), creates the demo interpreter when asked, and starts the server.
import { createDemoAccount } from './demo-account';
import { enrolDemoDevice } from './demo-device';
import type { DispatchSettings } from './dispatch/call-state';
import { startHubServer } from './hub-server';
import { createAccountAdmin } from './store/account-admin';
import { createCallHistory } from './store/call-history';
import { openHubDatabase } from './store/hub-database';
import { createSqliteAccountStore } from './store/sqlite-accounts';
import { createSqliteCallRecords } from './store/sqlite-call-records';
import { createSqliteSessionTokens } from './store/sqlite-sessions';
import type { TurnConfig } from './turn-credentials';

export interface StartHubOptions {
  host: string;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer folder holding interpreter.html and assets/. */
  staticDir: string;
  /** Browser origins allowed besides the hub's own ones (which are always allowed). */
  allowedOrigins?: string[];
  /** Create (or reset the password of) the demo interpreter (login "demo"). */
  demo?: boolean;
  /** Enrol a demo clinic device and return its token (the embedded hub of `npm start`). */
  demoDevice?: boolean;
  /** The hub's SQLite file; ':memory:' (the default) forgets everything at exit. */
  databaseFile?: string;
  dispatch?: Partial<DispatchSettings>;
  turn?: TurnConfig | null;
}

export interface RunningHub {
  /** Base URL of the hub; it serves the interpreter page there. */
  url: string;
  port: number;
  /** Credentials of the demo account, to print for the person starting the hub. */
  demoAccount: { login: string; password: string } | null;
  /** The demo clinic device's token, for the local service only (never printed). */
  demoDeviceToken: string | null;
  /** Lets pages of another origin (the web shell, known once it listens) connect. */
  allowOrigin(origin: string): void;
  close(): Promise<void>;
}

export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const db = openHubDatabase(options.databaseFile ?? ':memory:');
  let demoAccount: RunningHub['demoAccount'] = null;
  if (options.demo === true) {
    const demo = await createDemoAccount(process.env);
    const admin = createAccountAdmin(db);
    // A persistent hub keeps the demo account: only its password is new at each start.
    if (!admin.setInterpreterPassword(demo.account.login, demo.account.passwordHash)) {
      const added = admin.addInterpreter(demo.account);
      if (!added.ok) throw new Error(added.message);
    }
    demoAccount = demo.credentials;
  }
  const demoDeviceToken =
    options.demoDevice === true ? enrolDemoDevice(db, createAccountAdmin(db)).token : null;
  try {
    const server = await startHubServer({
      host: options.host,
      port: options.port,
      staticDir: options.staticDir,
      extraOrigins: options.allowedOrigins ?? [],
      accounts: createSqliteAccountStore(db),
      sessions: createSqliteSessionTokens(db),
      records: createSqliteCallRecords(db),
      history: createCallHistory(db),
      ...(options.dispatch ? { dispatch: options.dispatch } : {}),
      turn: options.turn ?? null,
    });
    return {
      url: server.url,
      port: server.port,
      demoAccount,
      demoDeviceToken,
      allowOrigin: (origin) => {
        server.allowOrigin(origin);
      },
      close: async () => {
        await server.close();
        db.close();
      },
    };
  } catch (error) {
    db.close();
    throw error;
  }
}
