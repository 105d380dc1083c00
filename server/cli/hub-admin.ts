// Runs one `accounts` or `report` command against the hub's SQLite file and returns what to
// print. Passwords and device tokens are printed once and never stored in clear.
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../hub/password';
import { createAccountAdmin } from '../hub/store/account-admin';
import type { HubDb } from '../hub/store/hub-database';
import { minutesReport, toCsv } from '../hub/store/minutes-report';
import type { AdminCommand } from './hub-admin-args';

export const NEW_PASSWORD_ENV = 'INTERPRETABLE_NEW_PASSWORD';

export type AdminOutcome = { ok: true; output: string } | { ok: false; message: string };

/** The password to set: from the environment (scripted enrolment) or a generated one. */
function newPassword(env: NodeJS.ProcessEnv): { password: string; generated: boolean } | null {
  const given = env[NEW_PASSWORD_ENV];
  if (given === undefined || given === '') {
    return { password: randomBytes(12).toString('base64url'), generated: true };
  }
  return given.length >= 12 ? { password: given, generated: false } : null;
}

export async function runAdminCommand(
  db: HubDb,
  command: AdminCommand,
  env: NodeJS.ProcessEnv,
): Promise<AdminOutcome> {
  const admin = createAccountAdmin(db);
  switch (command.action) {
    case 'add-interpreter':
    case 'add-admin': {
      const secret = newPassword(env);
      if (!secret) return { ok: false, message: `${NEW_PASSWORD_ENV} must be ≥ 12 characters.` };
      const passwordHash = await hashPassword(secret.password);
      const added =
        command.action === 'add-admin'
          ? admin.addAdmin(command.login, passwordHash)
          : admin.addInterpreter({
              login: command.login,
              displayName: command.name,
              languages: command.languages,
              passwordHash,
            });
      if (!added.ok) return added;
      const shown = secret.generated ? `\npassword: ${secret.password}  (shown once)` : '';
      return { ok: true, output: `added ${command.login} (id ${added.value.id})${shown}` };
    }
    case 'add-device': {
      const added = admin.addDevice(command);
      if (!added.ok) return added;
      const { id, token } = added.value;
      return {
        ok: true,
        output: `added device ${command.site} / ${command.room} (id ${id})\ntoken: ${token}  (shown once)`,
      };
    }
    case 'rotate-token': {
      const rotated = admin.rotateDeviceToken(command.target);
      if (!rotated.ok) return rotated;
      return { ok: true, output: `new token: ${rotated.value.token}  (shown once)` };
    }
    case 'disable': {
      const done = admin.disable(command.target);
      if (!done.ok) return done;
      return { ok: true, output: `disabled ${done.value.kind} ${command.target}` };
    }
    case 'list': {
      const lines = admin
        .list()
        .map(
          (a) => `${a.kind}\t${a.id}\t${a.name}\t${a.detail}${a.disabled ? '\t(disabled)' : ''}`,
        );
      return { ok: true, output: lines.join('\n') || '(no accounts)' };
    }
    case 'report-minutes': {
      const rows = minutesReport(db, command.by, { from: command.from, to: command.to });
      return { ok: true, output: toCsv(command.by, rows).trimEnd() };
    }
  }
}
