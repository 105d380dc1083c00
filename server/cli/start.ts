// `npm start`: the whole app on embedded defaults. Electron when its binary is available,
// otherwise the web shell on 127.0.0.1; in every case the URLs are printed.
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CodedError } from '../../shared/bridge/result';
import { startHub } from '../hub/index';
import { defaultDataDir } from '../local/data-dir';
import { openLocalService } from '../local/local-service';
import { startWebShell } from '../web-shell/web-shell-server';
import { cannotOpenWindows, findChromium, openAppWindows } from './chromium-windows';
import { fetchElectron, findElectron, launchElectron } from './electron-launcher';
import { parseStartArgs, startHelp, type StartOptions } from './start-args';

// Built to dist/server/cli/start.js: the repository root is three folders up.
const root = fileURLToPath(new URL('../../../', import.meta.url));
const staticDir = fileURLToPath(new URL('../../renderer/', import.meta.url));
/** The clinic device token for an external hub (`--hub-url`); an env var, never a flag. */
const DEVICE_TOKEN_ENV = 'INTERPRETABLE_DEVICE_TOKEN';

function tryElectron(options: StartOptions): ChildProcess | string {
  let electron = findElectron(root);
  if (!electron) {
    console.log('Electron binary missing: trying to download it…');
    const why = fetchElectron(root);
    if (why) return `Electron could not be downloaded (${why})`;
    electron = findElectron(root);
    if (!electron) return 'Electron downloaded but its binary was not found';
  }
  const env = { ...process.env };
  if (options.dataDir) env.INTERPRETABLE_DATA_DIR = options.dataDir;
  if (options.hubUrl) env.INTERPRETABLE_HUB_URL = options.hubUrl;
  return launchElectron(root, electron, env);
}

async function runWebShell(options: StartOptions): Promise<void> {
  const dataDir = options.dataDir ?? defaultDataDir();
  // The embedded demo hub also enrols this PC as a clinic device, so the doctor's screen can
  // call the demo interpreter at once; an external hub needs the token its admin issued.
  const hub = options.hubUrl
    ? null
    : await startHub({
        host: '127.0.0.1',
        port: options.hubPort,
        staticDir,
        demo: true,
        demoDevice: true,
      });
  const hubUrl = hub?.url ?? options.hubUrl ?? '';
  const deviceToken = hub?.demoDeviceToken ?? process.env[DEVICE_TOKEN_ENV] ?? null;
  const service = openLocalService({
    dataDir,
    contentRoot: staticDir,
    hub: { url: hubUrl, deviceToken: deviceToken === '' ? null : deviceToken },
  });
  const hubOrigin = new URL(hubUrl).origin;
  const web = await startWebShell({
    port: options.port,
    staticDir,
    service,
    connectSources: [hubOrigin, hubOrigin.replace(/^http/, 'ws')],
  });
  // The doctor's page opens the hub's WebSocket from the web shell's origin.
  hub?.allowOrigin(web.origin);
  const demo = hub?.demoAccount;
  console.log(`Interpretable is running (web shell on ${web.origin}).
  Doctor:       ${web.doctorUrl}
  Family:       ${web.familyUrl}
  Interpreter:  ${hubUrl}${demo ? `   (demo account: ${demo.login} / ${demo.password})` : ''}
  Session log:  ${service.databasePath}
Press Ctrl-C to stop.`);

  const chromium = findChromium(process.env);
  const blocked = cannotOpenWindows(process.env, chromium);
  const windows =
    options.open && chromium && !blocked
      ? openAppWindows(chromium, dataDir, [web.doctorUrl, web.familyUrl], (message) => {
          console.error(message);
        })
      : [];
  if (options.open && blocked) {
    console.log(`No window opened (${blocked}): open the URLs above in a browser.`);
  }

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    for (const window of windows) window.kill();
    await web.close();
    await hub?.close();
    service.close();
    console.log('Interpretable stopped; the session log is saved.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

async function main(): Promise<void> {
  const parsed = parseStartArgs(process.argv.slice(2), process.env);
  if (parsed.kind === 'help') {
    console.log(startHelp);
    return;
  }
  if (parsed.kind === 'error') {
    console.error(`npm start: ${parsed.message}\nRun "npm start -- --help" for the options.`);
    process.exit(2);
  }
  const { options } = parsed;
  if (options.shell !== 'web') {
    const electron = tryElectron(options);
    if (typeof electron !== 'string') {
      electron.on('exit', (code) => process.exit(code ?? 0));
      return;
    }
    if (options.shell === 'electron') {
      console.error(`npm start: ${electron}.`);
      process.exit(1);
    }
    console.log(`${electron}: starting the web shell instead.`);
  }
  await runWebShell(options);
}

main().catch((error: unknown) => {
  // Coded errors (a missing key, a damaged log, a full disk) carry their code for support.
  const code = error instanceof CodedError ? `${error.code}: ` : '';
  console.error(
    `npm start failed: ${code}${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});
