// What the hub does around calls when sockets come and go: a page that reconnects within the
// grace period keeps its status and rings again; disabling an account closes its sockets.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hubCloseCodes } from '../../../../shared/hub/protocol';
import { createAccountAdmin } from '../../../../server/hub/store/account-admin';
import { openHubDatabase } from '../../../../server/hub/store/hub-database';
import { requestCall, startCallHub, type CallFixture } from './call-test-kit';
import { openDevice, signIn, TestSocket } from './hub-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

describe('presence grace and account changes', () => {
  it('restores presence and ringing to a page that reconnects within the grace', async () => {
    fixture = await startCallHub({ limits: { presenceGraceMs: 60_000 } });
    const { hub } = fixture;
    const { token } = await signIn(hub.origin, 'amina');
    const first = new TestSocket(hub.origin, { token });
    await first.welcomed();
    first.send({ v: 1, type: 'presence.set', status: 'online' });
    await first.expect('presence');
    first.ws.terminate(); // a dropped network, not a goodbye
    await first.closed;
    const clinic = await fixture.clinic();
    const callId = await requestCall(clinic); // rings amina although she has no page now
    const again = new TestSocket(hub.origin, { token });
    expect(await again.welcomed()).toMatchObject({ status: 'online' });
    expect(await again.expect('call.ringing')).toMatchObject({ callId });
  });

  it('goes offline after the grace period', async () => {
    fixture = await startCallHub({ limits: { presenceGraceMs: 50 } });
    const amina = await fixture.interpreter('amina');
    const expired = new Promise<string>((resolve) => {
      fixture?.hub.calls.presence.onExpired(resolve);
    });
    amina.ws.terminate();
    expect(await expired).toBe('amina');
    expect(fixture.hub.calls.presence.statusOf('amina')).toBe('offline');
  });

  it('closes the sockets of an interpreter disabled by another process (the CLI)', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-db-')), 'hub.sqlite');
    fixture = await startCallHub({ databaseFile: file, limits: { accountCheckIntervalMs: 20 } });
    const amina = await fixture.interpreter('amina');
    const bilal = await fixture.interpreter('bilal');
    const cli = openHubDatabase(file);
    createAccountAdmin(cli).disable('amina');
    cli.close();
    expect(await amina.closed).toBe(hubCloseCodes.accountDisabled);
    await bilal.settled(); // others carry on
    const response = await fetch(`${fixture.hub.origin}/api/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'amina', password: 'correct horse battery' }),
    });
    expect(response.status).toBe(401);
  });

  it('closes a device’s sockets once its token is rotated, and refuses the old token', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'hub-db-')), 'hub.sqlite');
    fixture = await startCallHub({ databaseFile: file, limits: { accountCheckIntervalMs: 20 } });
    const device = fixture.hub.addDevice();
    const clinic = await openDevice(fixture.hub.origin, device.token);
    const cli = openHubDatabase(file);
    createAccountAdmin(cli).rotateDeviceToken(device.id);
    cli.close();
    expect(await clinic.closed).toBe(hubCloseCodes.accountDisabled);
    const stale = new TestSocket(fixture.hub.origin, {
      protocols: ['interpretable.hub.v1', `device.${device.token}`],
    });
    expect((await stale.refused).status).toBe(401);
  });

  it('refuses a malformed or unknown device token with 401', async () => {
    fixture = await startCallHub();
    for (const token of ['nothex', 'a'.repeat(64)]) {
      const socket = new TestSocket(fixture.hub.origin, {
        protocols: ['interpretable.hub.v1', `device.${token}`],
      });
      expect((await socket.refused).status).toBe(401);
    }
  });
});
