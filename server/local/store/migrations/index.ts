// Every migration, in order. A new one is a new file NNNN-description.ts added here.
import { migration as initial } from './0001-initial';
import { migration as settings } from './0002-settings';
import { migration as audit } from './0003-audit';
import { migration as statisticsIndexes } from './0004-statistics-indexes';

export type { Migration } from '../../../sqlite/migrate';
import type { Migration } from '../../../sqlite/migrate';

export const migrations: readonly Migration[] = [initial, settings, audit, statisticsIndexes];
