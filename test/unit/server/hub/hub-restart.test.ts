// A hub restart (same database, same port): pages and devices reconnect with backoff, the
// interpreter's session is still valid (no new sign-in), presence is restored by the page,
// and dispatch works again.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  HUB_DEVICE_SUBPROTOCOL_PREFIX,
  HUB_TOKEN_SUBPROTOCOL_PREFIX,
} from '../../../../shared/hub/protocol';
import { threeInterpreters } from './call-test-kit';
import { signIn, startTestHub, type TestHub } from './hub-test-kit';
import { ReconnectingClient } from './reconnecting-client';

let hub: TestHub | null = null;
const clients: ReconnectingClient[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.stop();
  await hub?.close();
  hub = null;
});

describe('hub restart', () => {
  it('clients reconnect with backoff; presence and dispatch come back', async () => {
    const databaseFile = join(mkdtempSync(join(tmpdir(), 'hub-db-')), 'hub.sqlite');
    const options = { databaseFile, persistentSessions: true };
    hub = await startTestHub({ ...options, accounts: await threeInterpreters() });
    const { port } = hub;
    const { token } = await signIn(hub.origin, 'amina');
    const device = hub.addDevice();
    const amina = new ReconnectingClient(
      hub.origin,
      [`${HUB_TOKEN_SUBPROTOCOL_PREFIX}${token}`],
      'online',
    );
    const clinic = new ReconnectingClient(
      hub.origin,
      [`${HUB_DEVICE_SUBPROTOCOL_PREFIX}${device.token}`],
      null,
    );
    clients.push(amina, clinic);
    await amina.current.welcomed();
    await amina.current.expect('presence');
    await clinic.current.expect('welcome.clinic');

    const reopened = [amina.nextOpen(), clinic.nextOpen()] as const;
    await hub.close();
    hub = await startTestHub({ ...options, accounts: [], port });
    const [aminaAgain, clinicAgain] = await Promise.all(reopened);
    expect(amina.attempts).toBeGreaterThan(1);
    expect(await aminaAgain.welcomed()).toMatchObject({ interpreter: { id: 'amina' } });
    expect(await aminaAgain.expect('presence')).toMatchObject({ status: 'online' });
    await clinicAgain.expect('welcome.clinic');

    clinicAgain.send({
      v: 1,
      type: 'call.request',
      language: 'ar',
      consultationType: 'postpartum',
    });
    const { callId } = await clinicAgain.expect('call.searching');
    expect(await aminaAgain.expect('call.ringing')).toMatchObject({ callId });
  });
});
