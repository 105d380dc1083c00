// The hub as its own process for the calls benchmarks, as in production: started from a
// database the bench filled (accounts and session tokens), with the rate limits out of the
// way. Prints its port, then runs until killed. See calls-bench-kit.ts (startHubProcess).
import { startHubServer } from '../../server/hub/hub-server';
import { openHubDatabase } from '../../server/hub/store/hub-database';
import { createSqliteAccountStore } from '../../server/hub/store/sqlite-accounts';
import { createSqliteCallRecords } from '../../server/hub/store/sqlite-call-records';
import { createSqliteSessionTokens } from '../../server/hub/store/sqlite-sessions';

const file = process.env.INTERPRETABLE_BENCH_DB ?? '';
const db = openHubDatabase(file);
const hub = await startHubServer({
  host: '127.0.0.1',
  port: 0,
  staticDir: process.cwd(),
  accounts: createSqliteAccountStore(db),
  sessions: createSqliteSessionTokens(db),
  records: createSqliteCallRecords(db),
  limits: { messages: { capacity: 1e6, refillPerSecond: 1e6 } },
});
process.stdout.write(`${JSON.stringify({ port: hub.port })}\n`);
process.on('SIGTERM', () => {
  void hub.close().then(() => process.exit(0));
});
