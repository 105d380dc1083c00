// One open socket's conversation with a real hub: replies, presence, and how bad input,
// oversized messages and floods are handled without touching any other socket.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_HUB_MESSAGE_BYTES } from '../../../../shared/hub/protocol';
import { signIn, startTestHub, TestSocket, type TestHub } from './hub-test-kit';

let hub: TestHub | null = null;
afterEach(async () => {
  await hub?.close();
  hub = null;
});

async function connected(limits?: Parameters<typeof startTestHub>[0]) {
  hub = await startTestHub(limits);
  const { token } = await signIn(hub.origin);
  const open = async () => {
    const socket = new TestSocket(hub?.origin ?? '', { token });
    await socket.welcomed();
    return socket;
  };
  return { hub, open };
}

describe('hub connection', () => {
  it('answers ping with pong', async () => {
    const { open } = await connected();
    const socket = await open();
    socket.send({ v: 1, type: 'ping' });
    expect(await socket.next()).toEqual({ v: 1, type: 'pong' });
  });

  it('acknowledges presence.set and tells the same interpreter’s other pages', async () => {
    const { open } = await connected();
    const first = await open();
    const second = await open();
    first.send({ v: 1, type: 'presence.set', status: 'online' });
    expect(await first.next()).toEqual({ v: 1, type: 'presence', status: 'online' });
    expect(await second.next()).toEqual({ v: 1, type: 'presence', status: 'online' });
    // A page opened now starts from the current status.
    const third = new TestSocket(hub?.origin ?? '', {
      token: (await signIn(hub?.origin ?? '')).token,
    });
    expect(await third.welcomed()).toMatchObject({ status: 'online' });
  });

  it('goes offline when the interpreter’s last page closes', async () => {
    const { open } = await connected();
    const page = await open();
    page.send({ v: 1, type: 'presence.set', status: 'busy' });
    await page.next();
    page.ws.close();
    await page.closed;
    const again = new TestSocket(hub?.origin ?? '', {
      token: (await signIn(hub?.origin ?? '')).token,
    });
    expect(await again.welcomed()).toMatchObject({ status: 'offline' });
  });

  it('answers malformed JSON with BAD_MESSAGE and stays usable', async () => {
    const { open } = await connected();
    const socket = await open();
    socket.send('{"v":1,"type":');
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'BAD_MESSAGE' });
    socket.send({ v: 1, type: 'ping' });
    expect(await socket.next()).toEqual({ v: 1, type: 'pong' });
  });

  it.each([
    ['an unknown type', { v: 1, type: 'call.accept' }, 'BAD_MESSAGE'],
    ['an extra field', { v: 1, type: 'ping', sdp: 'x' }, 'BAD_MESSAGE'],
    ['a bad status', { v: 1, type: 'presence.set', status: 'away' }, 'BAD_MESSAGE'],
    ['no version', { type: 'ping' }, 'BAD_MESSAGE'],
    ['another version', { v: 2, type: 'ping' }, 'UNSUPPORTED_VERSION'],
    ['a JSON array', [1, 2], 'BAD_MESSAGE'],
  ])('answers %s with an error reply', async (_, message, code) => {
    const { open } = await connected();
    const socket = await open();
    socket.send(message);
    expect(await socket.next()).toMatchObject({ v: 1, type: 'error', code });
  });

  it('refuses binary messages with BAD_MESSAGE', async () => {
    const { open } = await connected();
    const socket = await open();
    socket.ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await socket.next()).toMatchObject({ type: 'error', code: 'BAD_MESSAGE' });
  });

  it('closes a socket that sends an oversized message with 1009; others carry on', async () => {
    const { open } = await connected();
    const bystander = await open();
    const offender = await open();
    offender.send({ v: 1, type: 'ping', padding: 'x'.repeat(MAX_HUB_MESSAGE_BYTES) });
    expect(await offender.closed).toBe(1009);
    bystander.send({ v: 1, type: 'ping' });
    expect(await bystander.next()).toEqual({ v: 1, type: 'pong' });
  });

  it('rate-limits a burst: answers up to capacity, then one RATE_LIMITED', async () => {
    const { open } = await connected({
      limits: { messages: { capacity: 5, refillPerSecond: 0.001 } },
    });
    const bystander = await open();
    const chatty = await open();
    for (let i = 0; i < 8; i += 1) chatty.send({ v: 1, type: 'ping' });
    const replies = [];
    for (let i = 0; i < 6; i += 1) replies.push(await chatty.next());
    expect(replies.slice(0, 5).every((reply) => reply.type === 'pong')).toBe(true);
    expect(replies[5]).toMatchObject({ type: 'error', code: 'RATE_LIMITED' });
    // One error per burst, not one per dropped message: the next reply is the bystander's.
    chatty.send({ v: 1, type: 'ping' });
    bystander.send({ v: 1, type: 'ping' });
    expect(await bystander.next()).toEqual({ v: 1, type: 'pong' });
    expect(chatty.queued).toBe(0);
    expect(chatty.ws.readyState).toBe(chatty.ws.OPEN);
  });

  it('closes a socket that keeps flooding with 1008', async () => {
    const { open } = await connected({
      limits: { messages: { capacity: 2, refillPerSecond: 0.001 }, floodLimit: 10 },
    });
    const flooder = await open();
    for (let i = 0; i < 20; i += 1) flooder.send({ v: 1, type: 'ping' });
    expect(await flooder.closed).toBe(1008);
  });
});
