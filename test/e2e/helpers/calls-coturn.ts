// coturn for the relay tests: started and killed (like a crash) at will, so a test can take
// the TURN server away mid-call and bring it back.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TURNSERVER_PATH } from './calls-tools';

/** coturn on 127.0.0.1 with the hub's shared secret, loopback peers allowed (test only). */
export interface Coturn {
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startCoturn(secret: string, port: number): Promise<Coturn> {
  const dir = mkdtempSync(join(tmpdir(), 'coturn-'));
  let child: ChildProcess | null = null;
  const args = [
    '-n',
    '--listening-ip=127.0.0.1',
    '--relay-ip=127.0.0.1',
    `--listening-port=${port}`,
    '--min-port=50000',
    '--max-port=50200',
    '--use-auth-secret',
    `--static-auth-secret=${secret}`,
    '--realm=interpretable.test',
    '--allow-loopback-peers',
    '--no-cli',
    '--no-tls',
    '--no-dtls',
    '--fingerprint',
    `--userdb=${join(dir, 'turndb')}`,
    `--pidfile=${join(dir, 'turnserver.pid')}`,
    '--log-file=stdout',
    '--simple-log',
  ];
  const coturn: Coturn = {
    port,
    start: async () => {
      const proc = spawn(TURNSERVER_PATH, args, { stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      let out = '';
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => {
          fail(new Error(`coturn did not start:\n${out}`));
        }, 10_000);
        const check = (chunk: Buffer) => {
          out += chunk.toString();
          if (/Total (UDP|General) servers|listener opened on/i.test(out)) {
            clearTimeout(timer);
            done();
          }
        };
        proc.stdout.on('data', check);
        proc.stderr.on('data', check);
        proc.once('exit', (code) => {
          clearTimeout(timer);
          fail(new Error(`coturn exited with ${String(code)}:\n${out}`));
        });
      });
    },
    stop: async () => {
      const proc = child;
      child = null;
      if (!proc) return;
      if (proc.exitCode !== null) return;
      const exited = new Promise((done) => proc.once('exit', done));
      proc.kill('SIGKILL'); // a crash, not a clean shutdown: allocations vanish at once
      await exited;
    },
  };
  await coturn.start();
  process.once('exit', () => {
    rmSync(dir, { recursive: true, force: true });
  });
  return coturn;
}
