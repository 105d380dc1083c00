// Every migration, in order. A new one is a new file NNNN-description.ts added here.
import { migration as initial } from './0001-initial';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [initial];
