// The hub protocol contract: what each side accepts, and the stable code for what it refuses.
import { describe, expect, it } from 'vitest';
import {
  ClientMessage,
  decodeClientMessage,
  decodeServerMessage,
  encodeClientMessage,
  encodeServerMessage,
  HUB_SUBPROTOCOL,
  type ServerMessageBody,
} from '../../../../shared/hub/protocol';

const json = (value: unknown) => JSON.stringify(value);

describe('client → hub messages', () => {
  it.each([
    [{ v: 1, type: 'ping' }],
    [{ v: 1, type: 'presence.set', status: 'online' }],
    [{ v: 1, type: 'presence.set', status: 'busy' }],
    [{ v: 1, type: 'presence.set', status: 'offline' }],
  ])('accepts %j', (message) => {
    expect(decodeClientMessage(json(message))).toEqual({ ok: true, value: message });
  });

  it.each([
    ['not JSON', '{"v":1,', 'BAD_MESSAGE'],
    ['a JSON string', json('ping'), 'BAD_MESSAGE'],
    ['null', 'null', 'BAD_MESSAGE'],
    ['no version', json({ type: 'ping' }), 'BAD_MESSAGE'],
    ['a string version', json({ v: '1', type: 'ping' }), 'BAD_MESSAGE'],
    ['version 2', json({ v: 2, type: 'ping' }), 'UNSUPPORTED_VERSION'],
    ['version 0', json({ v: 0, type: 'presence.set', status: 'online' }), 'UNSUPPORTED_VERSION'],
    ['an unknown type', json({ v: 1, type: 'call.accept' }), 'BAD_MESSAGE'],
    ['a server-only type', json({ v: 1, type: 'pong' }), 'BAD_MESSAGE'],
    ['an unknown status', json({ v: 1, type: 'presence.set', status: 'away' }), 'BAD_MESSAGE'],
    ['a missing status', json({ v: 1, type: 'presence.set' }), 'BAD_MESSAGE'],
    ['an extra field', json({ v: 1, type: 'ping', extra: true }), 'BAD_MESSAGE'],
  ])('refuses %s with %s', (_, text, code) => {
    const decoded = decodeClientMessage(text);
    expect(decoded.ok).toBe(false);
    if (!decoded.ok) {
      expect(decoded.error.code).toBe(code);
      expect(decoded.error.message.length).toBeGreaterThan(0);
    }
  });

  it('names the faulty field in the message', () => {
    const decoded = decodeClientMessage(json({ v: 1, type: 'presence.set', status: 'away' }));
    expect(!decoded.ok && decoded.error.message).toContain('status');
  });

  it('encodes with the version field', () => {
    const text = encodeClientMessage({ type: 'presence.set', status: 'busy' });
    expect(JSON.parse(text)).toEqual({ v: 1, type: 'presence.set', status: 'busy' });
    expect(ClientMessage.safeParse(JSON.parse(text)).success).toBe(true);
  });
});

describe('hub → client messages', () => {
  const bodies: ServerMessageBody[] = [
    {
      type: 'welcome',
      interpreter: { id: 'i-1', displayName: 'Amina', languages: ['ar', 'prs'] },
      status: 'offline',
    },
    { type: 'error', code: 'RATE_LIMITED', message: 'Slow down.' },
    { type: 'pong' },
    { type: 'presence', status: 'online' },
  ];

  it.each(bodies.map((body) => [body.type, body] as const))('round-trips %s', (_, body) => {
    expect(decodeServerMessage(encodeServerMessage(body))).toEqual({
      ok: true,
      value: { v: 1, ...body },
    });
  });

  it('tolerates fields added later within version 1', () => {
    const decoded = decodeServerMessage(json({ v: 1, type: 'pong', at: 123 }));
    expect(decoded.ok).toBe(true);
  });

  it('refuses a welcome with a language code outside the catalogue', () => {
    const decoded = decodeServerMessage(
      json({
        v: 1,
        type: 'welcome',
        interpreter: { id: 'i', displayName: 'X', languages: ['xx'] },
        status: 'online',
      }),
    );
    expect(!decoded.ok && decoded.error.code).toBe('BAD_MESSAGE');
  });

  it('refuses an error with a code outside the stable list', () => {
    const decoded = decodeServerMessage(json({ v: 1, type: 'error', code: 'OOPS', message: '' }));
    expect(!decoded.ok && decoded.error.code).toBe('BAD_MESSAGE');
  });
});

describe('protocol constants', () => {
  it('names the version in the subprotocol', () => {
    expect(HUB_SUBPROTOCOL).toBe('interpretable.hub.v1');
  });
});
