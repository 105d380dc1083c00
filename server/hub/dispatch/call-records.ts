// Where finished and ongoing calls are written down (the minutes report reads them back).
// An interface so the dispatcher does not depend on SQLite; store/sqlite-call-records.ts
// implements it.
import type { CallEndReason } from '../../../shared/hub/call-messages';

export interface CallRecordStart {
  id: string;
  deviceId: string;
  language: string;
  consultationType: string;
  requestedAt: number;
}

export interface CallRecords {
  requested(call: CallRecordStart): void;
  answered(callId: string, interpreterId: string, at: number): void;
  ended(callId: string, at: number, reason: CallEndReason): void;
}
