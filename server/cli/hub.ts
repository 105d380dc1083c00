// `npm run hub`: the interpreter hub on its own (the same hub `npm start` embeds), or one of
// its administration commands (`accounts …`, `report …`) on the hub's SQLite file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hubDataFile } from '../hub/hub-data-file';
import { startHub } from '../hub/index';
import { isLoopbackHost } from '../hub/origins';
import { openHubDatabase } from '../hub/store/hub-database';
import { runAdminCommand } from './hub-admin';
import type { AdminCommand } from './hub-admin-args';
import { hubHelp, parseHubArgs, type HubOptions } from './hub-args';

// Built to dist/server/cli/hub.js: the pages are in dist/renderer/.
const builtPages = fileURLToPath(new URL('../../renderer/', import.meta.url));

async function admin(databaseFile: string, command: AdminCommand): Promise<void> {
  const db = openHubDatabase(databaseFile);
  try {
    const outcome = await runAdminCommand(db, command, process.env);
    if (!outcome.ok) {
      console.error(`npm run hub: ${outcome.message}`);
      process.exitCode = 1;
      return;
    }
    console.log(outcome.output);
  } finally {
    db.close();
  }
}

async function serve(options: HubOptions): Promise<void> {
  if (!existsSync(join(options.staticDir, 'interpreter.html'))) {
    console.warn(`Warning: ${options.staticDir} has no interpreter.html (run npm run build).`);
  }
  const hub = await startHub({
    host: options.host,
    port: options.port,
    staticDir: options.staticDir,
    allowedOrigins: options.origins,
    demo: true,
    databaseFile: options.databaseFile,
    dispatch: { ringTimeoutMs: options.ringTimeoutSeconds * 1000, fallback: options.fallback },
    turn: options.turn,
  });
  const demo = hub.demoAccount;
  console.log(`Interpretable hub is running (data: ${options.databaseFile}).
  Interpreter page: ${hub.url}${demo ? `\n  Demo account:     ${demo.login} / ${demo.password}` : ''}
Press Ctrl-C to stop.`);
  if (!isLoopbackHost(options.host)) {
    console.warn('Warning: the hub is reachable from the network over plain HTTP; use TLS.');
  }

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await hub.close();
    console.log('Interpretable hub stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

/** Where a mistyped command's user finds the options: the subcommand's own help. */
function helpFor(): string {
  const group = process.argv[2];
  return group === 'accounts' || group === 'report' ? `${group} --help` : '--help';
}

async function main(): Promise<void> {
  const parsed = parseHubArgs(process.argv.slice(2), process.env, {
    staticDir: builtPages,
    databaseFile: hubDataFile(),
  });
  switch (parsed.kind) {
    case 'help':
      console.log(hubHelp);
      return;
    case 'admin-help':
      console.log(parsed.text);
      return;
    case 'error':
      console.error(
        `npm run hub: ${parsed.message}\nRun "npm run hub -- ${helpFor()}" for the options.`,
      );
      process.exit(2);
      break;
    case 'admin':
      await admin(parsed.databaseFile, parsed.command);
      return;
    case 'run':
      await serve(parsed.options);
  }
}

main().catch((error: unknown) => {
  console.error(`npm run hub failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
