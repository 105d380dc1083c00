// `npm run hub -- accounts …` and `npm run hub -- report …`: the administrator's commands on
// the hub's SQLite file, parsed by node:util and validated by zod (exit code 2 on bad flags).
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeZodError } from '../../shared/bridge/result';
import { LanguageCode } from '../../shared/domain/languages';

export const accountsHelp = `Usage: npm run hub -- accounts <action> [options]

Actions:
  add-interpreter --login <login> --name <display name> --languages <ar,ps,…>
                  The password comes from INTERPRETABLE_NEW_PASSWORD (≥ 12 characters)
                  or is generated and printed once.
  add-device      --site <site> --room <room> [--priority <interpreter id,…>]
                  Prints the device token once: enter it in the clinic PC's settings.
  add-admin       --login <login>   (password as for add-interpreter)
  list            every interpreter, device and admin, with their ids
  disable <id or login>   disables the account; its open sockets close within seconds
  rotate-token <device id>  issues a new device token; the old one stops working at once

Options: --db <file> the hub's SQLite file [INTERPRETABLE_HUB_DB]
`;

export const reportHelp = `Usage: npm run hub -- report minutes --by interpreter|clinic [--from <date>] [--to <date>]

Prints interpreting minutes as CSV (answered calls, summed duration, mean wait), per
interpreter or per clinic device, for calls requested in [from, to). Dates are ISO
(2026-01-01); default: all calls.

Options: --db <file> the hub's SQLite file [INTERPRETABLE_HUB_DB]
`;

const Text = (max: number) => z.string().trim().min(1).max(max);
const Languages = z
  .string()
  .transform((text) => text.split(',').map((code) => code.trim()))
  .pipe(z.array(LanguageCode).min(1, 'at least one language'));
const IdList = z.string().transform((text) =>
  text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== ''),
);
const Day = z.iso.date().transform((day) => Date.parse(`${day}T00:00:00Z`));

const AdminCommand = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('add-interpreter'),
    login: Text(64),
    name: Text(100),
    languages: Languages,
  }),
  z.object({
    action: z.literal('add-device'),
    site: Text(100),
    room: Text(100),
    priority: IdList.default([]),
  }),
  z.object({ action: z.literal('add-admin'), login: Text(64) }),
  z.object({ action: z.literal('list') }),
  z.object({ action: z.literal('disable'), target: Text(64) }),
  z.object({ action: z.literal('rotate-token'), target: Text(64) }),
  z.object({
    action: z.literal('report-minutes'),
    by: z.enum(['interpreter', 'clinic']),
    from: Day.optional(),
    to: Day.optional(),
  }),
]);
export type AdminCommand = z.infer<typeof AdminCommand>;

type Parsed =
  | { kind: 'admin'; databaseFile: string; command: AdminCommand }
  | { kind: 'admin-help'; text: string }
  | { kind: 'error'; message: string };

export function parseAdminArgs(argv: string[], defaultDb: string): Parsed {
  const [group, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: {
        db: { type: 'string' },
        login: { type: 'string' },
        name: { type: 'string' },
        languages: { type: 'string' },
        site: { type: 'string' },
        room: { type: 'string' },
        priority: { type: 'string' },
        by: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const help = group === 'report' ? reportHelp : accountsHelp;
  if (values.help || positionals.length === 0) return { kind: 'admin-help', text: help };
  const [verb, target, ...extra] = positionals;
  if (extra.length > 0) return { kind: 'error', message: `Unexpected argument '${extra[0]}'` };
  const action = group === 'report' ? `report-${verb ?? ''}` : verb;
  const command = AdminCommand.safeParse({ ...values, action, target });
  if (!command.success) return { kind: 'error', message: describeZodError(command.error) };
  return { kind: 'admin', databaseFile: values.db ?? defaultDb, command: command.data };
}
