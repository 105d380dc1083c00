// GET /api/history: the signed-in interpreter's own answered calls and minutes, nobody
// else's, and nothing without a valid token.
import { afterEach, describe, expect, it } from 'vitest';
import { HistoryResponse } from '../../../../shared/hub/http-api';
import { createCallHistory } from '../../../../server/hub/store/call-history';
import { createSqliteCallRecords } from '../../../../server/hub/store/sqlite-call-records';
import { openHubDatabase } from '../../../../server/hub/store/hub-database';
import { requestCall, startCallHub, type CallFixture } from './call-test-kit';
import { rawRequest, signIn } from './hub-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

describe('call history', () => {
  it('sums answered, ended calls per interpreter, newest first', () => {
    const db = openHubDatabase(':memory:');
    const records = createSqliteCallRecords(db);
    const call = (id: string, at: number) => {
      records.requested({
        id,
        deviceId: 'd',
        language: 'ar',
        consultationType: 'vaccination',
        requestedAt: at,
      });
    };
    call('a', 0);
    records.answered('a', 'amina', 1000);
    records.ended('a', 1000 + 90_000, 'hangup');
    call('b', 200_000);
    records.answered('b', 'amina', 201_000);
    call('c', 0);
    records.answered('c', 'bilal', 1000);
    records.ended('c', 61_000, 'hangup');
    call('d', 0); // never answered
    const history = createCallHistory(db).forInterpreter('amina', 50);
    db.close();
    expect(HistoryResponse.safeParse(history).success).toBe(true);
    expect(history.calls.map((c) => [c.id, c.durationSeconds, c.endedAt === null])).toEqual([
      ['b', 0, true],
      ['a', 90, false],
    ]);
    expect(history).toMatchObject({ totalCalls: 1, totalMinutes: 1.5 });
  });

  it('answers the token’s owner only, and 401 without a valid token', async () => {
    fixture = await startCallHub();
    const amina = await fixture.interpreter('amina');
    const clinic = await fixture.clinic();
    const callId = await requestCall(clinic);
    await amina.expect('call.ringing');
    amina.send({ v: 1, type: 'call.accept', callId });
    await clinic.expect('call.connected');
    // The test hub has no history store: the route says so, after checking the token.
    const { token } = await signIn(fixture.hub.origin, 'amina');
    const noStore = await rawRequest(fixture.hub.origin, '/api/history', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(noStore.status).toBe(404);
    const anonymous = await rawRequest(fixture.hub.origin, '/api/history');
    expect(anonymous.status).toBe(401);
  });
});
