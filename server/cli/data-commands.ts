// What each `npm run data` command does, given validated options. Output goes through `io`
// so tests read it; failures are CodedErrors the entry point prints as "CODE: message".
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';
import { CodedError } from '../../shared/bridge/result';
import { defaultDataDir } from '../local/data-dir';
import { Maintenance } from '../local/maintenance';
import { AuditLog } from '../local/store/audit-log';
import { listBackups, verifyBackup } from '../local/store/backups';
import { checkIntegrity } from '../local/store/database';
import { exportCsv, exportJson } from '../local/store/export';
import { openStore, storeKey, storePaths, type OpenedStore } from '../local/store/open-store';
import { restoreFromBackup } from '../local/store/restore';
import type { DataCommand } from './data-args';

export interface DataIo {
  out: (text: string) => void;
  now: () => Date;
}

/** Buffers small writes into ~64 KiB chunks for a file or the terminal. */
function chunkedWriter(fd: number) {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (size > 0) writeSync(fd, pending.join(''));
    pending = [];
    size = 0;
  };
  return {
    write: (chunk: string) => {
      pending.push(chunk);
      size += chunk.length;
      if (size >= 65_536) flush();
    },
    flush,
  };
}

function runExport(
  store: OpenedStore,
  command: Extract<DataCommand, { command: 'export' }>,
  io: DataIo,
) {
  const fd = command.out ? openSync(command.out, 'w', 0o600) : 1;
  const writer = chunkedWriter(fd);
  const range = { from: command.from, to: command.to };
  try {
    const counts = (command.format === 'csv' ? exportCsv : exportJson)(
      store.db,
      range,
      writer.write,
    );
    writer.flush();
    new AuditLog(store.db, io.now).record('export', {
      format: command.format,
      ...range,
      ...counts,
      destination: command.out ? basename(command.out) : 'stdout',
    });
    const summary = `Exported ${counts.sessions} sessions and ${counts.events} events (${command.format}).\n`;
    // On stdout the data itself is the output: the summary would corrupt it.
    if (command.out) io.out(summary);
  } finally {
    if (command.out) closeSync(fd);
  }
}

function runVerify(store: OpenedStore, io: DataIo): number {
  const problems = checkIntegrity(store.db, 'integrity_check');
  io.out(
    `Session log ${store.paths.database}: ${problems.length === 0 ? 'ok' : problems.join('; ')}\n`,
  );
  let failures = problems.length > 0 ? 1 : 0;
  for (const backup of listBackups(store.paths.backups)) {
    const issues = verifyBackup(backup.file, store.key);
    if (issues.length > 0) failures++;
    io.out(`Backup ${basename(backup.file)}: ${issues.length === 0 ? 'ok' : issues.join('; ')}\n`);
  }
  return failures === 0 ? 0 : 1;
}

export function runDataCommand(command: DataCommand, io: DataIo): number {
  const dataDir = command.dataDir ?? defaultDataDir();
  if (command.command === 'restore') {
    const paths = storePaths(dataDir);
    const result = restoreFromBackup({
      databaseFile: paths.database,
      backupsDir: paths.backups,
      key: storeKey({ dataDir }),
      now: io.now(),
      from: command.from,
    });
    const store = openStore({ dataDir });
    new AuditLog(store.db, io.now).record('restore', {
      from: basename(result.restored),
      setAside: result.setAside,
    });
    store.db.close();
    io.out(`Restored ${basename(result.restored)}.`);
    if (result.setAside.length > 0)
      io.out(` The replaced file was kept as ${result.setAside[0] ?? ''}.`);
    io.out('\n');
    return 0;
  }
  // A mistyped --data-dir must not quietly create a new, empty, encrypted log.
  if (!existsSync(storePaths(dataDir).database)) {
    throw new CodedError('NOT_FOUND', `No session log in ${dataDir}: check --data-dir.`);
  }
  const store = openStore({ dataDir });
  try {
    const maintenance = new Maintenance({ ...store, now: io.now, logError: () => undefined });
    switch (command.command) {
      case 'export':
        runExport(store, command, io);
        return 0;
      case 'backup':
        io.out(`Backup written and verified: ${maintenance.backup('manual')}\n`);
        return 0;
      case 'purge': {
        const purge = maintenance.purge();
        io.out(
          `Purged ${purge.sessions} sessions (${purge.events} events) started before ${purge.cutoff}.\n`,
        );
        return 0;
      }
      case 'verify':
        return runVerify(store, io);
    }
  } finally {
    store.db.close();
  }
}
