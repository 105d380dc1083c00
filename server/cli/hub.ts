// `npm run hub`: the interpreter hub on its own (the same hub `npm start` embeds). Prints
// where to open the interpreter page and the demo credentials, and stops cleanly on Ctrl-C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startHub } from '../hub/index';
import { isLoopbackHost } from '../hub/origins';
import { hubHelp, parseHubArgs } from './hub-args';

// Built to dist/server/cli/hub.js: the pages are in dist/renderer/.
const builtPages = fileURLToPath(new URL('../../renderer/', import.meta.url));

async function main(): Promise<void> {
  const parsed = parseHubArgs(process.argv.slice(2), process.env, { staticDir: builtPages });
  if (parsed.kind === 'help') {
    console.log(hubHelp);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`npm run hub: ${parsed.message}\nRun "npm run hub -- --help" for the options.`);
    process.exit(2);
  }
  const { options } = parsed;
  if (!existsSync(join(options.staticDir, 'interpreter.html'))) {
    console.warn(`Warning: ${options.staticDir} has no interpreter.html (run npm run build).`);
  }
  const hub = await startHub({
    host: options.host,
    port: options.port,
    staticDir: options.staticDir,
    allowedOrigins: options.origins,
    demo: true,
  });
  const demo = hub.demoAccount;
  console.log(`Interpretable hub is running.
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

main().catch((error: unknown) => {
  console.error(`npm run hub failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
