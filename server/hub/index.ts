// The hub's entry point, used by `npm start` (embedded, on loopback) and `npm run hub`
// (standalone). For now a skeleton: it serves the interpreter page, signs interpreters in
// and accepts their authenticated WebSocket; the calls issue adds dispatch and signaling.
import { createInMemoryAccountStore, type InterpreterAccount } from './accounts';
import { createDemoAccount } from './demo-account';
import { startHubServer } from './hub-server';
import { createSessionTokens } from './session-tokens';

export interface StartHubOptions {
  host: string;
  /** 0 picks any free port. */
  port: number;
  /** The built renderer folder holding interpreter.html and assets/. */
  staticDir: string;
  /** Browser origins allowed besides the hub's own ones (which are always allowed). */
  allowedOrigins?: string[];
  /** Create the demo interpreter account (login "demo"). Off unless asked for. */
  demo?: boolean;
}

export interface RunningHub {
  /** Base URL of the hub; it serves the interpreter page there. */
  url: string;
  port: number;
  /** Credentials of the demo account, to print for the person starting the hub. */
  demoAccount: { login: string; password: string } | null;
  close(): Promise<void>;
}

export async function startHub(options: StartHubOptions): Promise<RunningHub> {
  const accounts: InterpreterAccount[] = [];
  let demoAccount: RunningHub['demoAccount'] = null;
  if (options.demo === true) {
    const demo = await createDemoAccount(process.env);
    accounts.push(demo.account);
    demoAccount = demo.credentials;
  }
  const server = await startHubServer({
    host: options.host,
    port: options.port,
    staticDir: options.staticDir,
    extraOrigins: options.allowedOrigins ?? [],
    accounts: createInMemoryAccountStore(accounts),
    sessions: createSessionTokens(),
  });
  return { url: server.url, port: server.port, demoAccount, close: server.close };
}
