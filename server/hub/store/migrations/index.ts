// Every hub migration, in order. A new one is a new file NNNN-description.ts added here.
import type { Migration } from '../../../sqlite/migrate';
import { migration as accounts } from './0001-accounts';
import { migration as calls } from './0002-calls';
import { migration as sessionLanguages } from './0003-session-languages';

/** The hub's migrations share the project's migration runner and shape. */
export type HubMigration = Migration;

export const hubMigrations: readonly HubMigration[] = [accounts, calls, sessionLanguages];
