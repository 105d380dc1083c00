// A hub with three interpreters and helpers to put clinics and interpreters on the line, for
// the dispatch, relay and hostile-input tests. Everything runs over real sockets.
import type { InterpreterAccount } from '../../../../server/hub/accounts';
import {
  openDevice,
  openInterpreter,
  signIn,
  startTestHub,
  testAccount,
  type TestHub,
  type TestHubOptions,
  type TestSocket,
} from './hub-test-kit';

export async function threeInterpreters(): Promise<InterpreterAccount[]> {
  return [
    await testAccount({
      id: 'amina',
      login: 'amina',
      displayName: 'Amina K.',
      languages: ['ar', 'ps'],
    }),
    await testAccount({ id: 'bilal', login: 'bilal', displayName: 'Bilal S.', languages: ['ar'] }),
    await testAccount({ id: 'chen', login: 'chen', displayName: 'Tesfaye G.', languages: ['ti'] }),
  ];
}

export interface CallFixture {
  hub: TestHub;
  /** A new page of this interpreter, online unless told otherwise. */
  interpreter(login: string, status?: 'online' | 'busy' | 'offline'): Promise<TestSocket>;
  /** A new clinic device (its own room) and its socket. */
  clinic(priority?: string[]): Promise<TestSocket>;
}

export async function startCallHub(options: TestHubOptions = {}): Promise<CallFixture> {
  const hub = await startTestHub({ accounts: await threeInterpreters(), ...options });
  const tokens = new Map<string, string>();
  return {
    hub,
    async interpreter(login, status = 'online') {
      let token = tokens.get(login);
      if (token === undefined) {
        token = (await signIn(hub.origin, login)).token;
        tokens.set(login, token);
      }
      return openInterpreter(hub.origin, token, status);
    },
    async clinic(priority) {
      const device = hub.addDevice('PMI Gerland', undefined, priority);
      return openDevice(hub.origin, device.token);
    },
  };
}

/** Sends a request for Arabic and returns the call id the clinic is told. */
export async function requestCall(clinic: TestSocket, language = 'ar'): Promise<string> {
  clinic.send({ v: 1, type: 'call.request', language, consultationType: 'vaccination' });
  return (await clinic.expect('call.searching')).callId;
}

/** A clinic whose Arabic request rings amina (and only her pages, unless more are opened). */
export async function ringingCall(
  fixture: CallFixture,
): Promise<{ amina: TestSocket; clinic: TestSocket; callId: string }> {
  const amina = await fixture.interpreter('amina');
  const clinic = await fixture.clinic();
  const callId = await requestCall(clinic);
  await amina.expect('call.ringing');
  return { amina, clinic, callId };
}
