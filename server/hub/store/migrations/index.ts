// Every hub migration, in order. A new one is a new file NNNN-description.ts added here.
import { migration as accounts } from './0001-accounts';
import { migration as calls } from './0002-calls';

export interface HubMigration {
  version: number;
  name: string;
  sql: string;
}

export const hubMigrations: readonly HubMigration[] = [accounts, calls];
