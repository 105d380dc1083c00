// An interpreter chooses, for the session they signed in with, which of their account's
// languages they take calls in: real hub, real ws clients. The choice is checked against the
// account (stable code, human message), decides who rings, and stays with the session across
// a reconnection, with sessions in memory and in SQLite.
import { afterEach, describe, expect, it } from 'vitest';
import { requestCall, startCallHub, type CallFixture } from './call-test-kit';
import { openInterpreter, signIn, TestSocket } from './hub-test-kit';

let fixture: CallFixture | null = null;
afterEach(async () => {
  await fixture?.hub.close();
  fixture = null;
});

const choose = (socket: TestSocket, languages: unknown) => {
  socket.send({ v: 1, type: 'languages.set', languages });
};

describe('per-session language choice', () => {
  it('welcomes with every language of the account until the interpreter chooses', async () => {
    fixture = await startCallHub();
    const { token } = await signIn(fixture.hub.origin, 'amina');
    const page = new TestSocket(fixture.hub.origin, { token });
    expect(await page.welcomed()).toMatchObject({
      interpreter: { languages: ['ar', 'ps'] },
      languages: ['ar', 'ps'],
    });
  });

  it('rings only for the chosen languages, and for a language added back', async () => {
    fixture = await startCallHub();
    const amina = await fixture.interpreter('amina'); // ar and ps on her account
    choose(amina, ['ps']);
    expect(await amina.expect('languages')).toMatchObject({ languages: ['ps'] });

    const clinic = await fixture.clinic();
    const arabic = await requestCall(clinic, 'ar');
    const pashto = await requestCall(clinic, 'ps');
    expect(await amina.expect('call.ringing')).toMatchObject({ callId: pashto, language: 'ps' });
    await amina.settled(); // nothing for Arabic
    expect(amina.queued).toBe(0);

    // Arabic chosen again while its request still searches: it rings now.
    choose(amina, ['ar', 'ps']);
    expect(await amina.expect('languages')).toMatchObject({ languages: ['ar', 'ps'] });
    expect(await amina.expect('call.ringing')).toMatchObject({ callId: arabic, language: 'ar' });

    // Dropping Pashto stops its ringing at once.
    choose(amina, ['ar']);
    expect(await amina.expect('languages')).toMatchObject({ languages: ['ar'] });
    expect(await amina.expect('call.withdrawn')).toMatchObject({ callId: pashto });
    await amina.settled();
    expect(amina.queued).toBe(0);
  });

  it('refuses a language that is not on the account, with a stable code, and keeps the choice', async () => {
    fixture = await startCallHub();
    const amina = await fixture.interpreter('amina');
    choose(amina, ['ar', 'ti']);
    const error = await amina.expect('error');
    expect(error.code).toBe('LANGUAGE_NOT_ON_ACCOUNT');
    expect(error.message).toContain('ti');
    const clinic = await fixture.clinic();
    const callId = await requestCall(clinic, 'ps');
    expect(await amina.expect('call.ringing')).toMatchObject({ callId }); // still ar and ps
  });

  it.each([
    ['an empty choice', []],
    ['an unknown language code', ['xx']],
    ['not a list', 'ar'],
  ])('refuses %s as a bad message', async (_label, languages) => {
    fixture = await startCallHub();
    const amina = await fixture.interpreter('amina');
    choose(amina, languages);
    expect((await amina.expect('error')).code).toBe('BAD_MESSAGE');
  });

  it('does not let a clinic device choose languages', async () => {
    fixture = await startCallHub();
    const clinic = await fixture.clinic();
    choose(clinic, ['ar']);
    expect((await clinic.expect('error')).code).toBe('NOT_ALLOWED');
  });

  it.each([
    ['in memory', false],
    ['in SQLite', true],
  ])(
    'keeps the choice with the session (%s) across a reconnection, not for a new sign-in',
    async (_label, persistentSessions) => {
      fixture = await startCallHub({ persistentSessions });
      const { token } = await signIn(fixture.hub.origin, 'amina');
      const first = await openInterpreter(fixture.hub.origin, token);
      choose(first, ['ps']);
      await first.expect('languages');
      first.ws.close();
      await first.closed;

      // A reload: same token, new socket.
      const again = new TestSocket(fixture.hub.origin, { token });
      expect(await again.welcomed()).toMatchObject({ languages: ['ps'] });
      again.send({ v: 1, type: 'presence.set', status: 'online' });
      await again.expect('presence');
      const clinic = await fixture.clinic();
      await requestCall(clinic, 'ar');
      await again.settled();
      expect(again.queued).toBe(0); // Arabic not chosen: no ring

      // Another sign-in is another session: every language again.
      const other = await signIn(fixture.hub.origin, 'amina');
      const fresh = new TestSocket(fixture.hub.origin, { token: other.token });
      expect(await fresh.welcomed()).toMatchObject({ languages: ['ar', 'ps'] });
    },
  );
});
