import { afterEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryPresence } from '../../../../server/hub/presence';

afterEach(() => {
  vi.useRealTimers();
});

describe('in-memory presence', () => {
  it('starts offline and keeps a status while a page is connected', () => {
    const presence = createInMemoryPresence();
    expect(presence.connect('a', ['ar'])).toBe('offline');
    presence.set('a', 'online');
    expect(presence.statusOf('a')).toBe('online');
    expect(presence.connect('a', ['ar'])).toBe('online'); // a second tab sees the same status
  });

  it('goes offline when the last page disconnects (no grace)', () => {
    const presence = createInMemoryPresence();
    const expired: string[] = [];
    presence.onExpired((id) => expired.push(id));
    presence.connect('a', ['ar']);
    presence.connect('a', ['ar']);
    presence.set('a', 'busy');
    presence.disconnect('a');
    expect(presence.statusOf('a')).toBe('busy');
    presence.disconnect('a');
    expect(presence.statusOf('a')).toBe('offline');
    expect(expired).toEqual(['a']);
  });

  it('keeps the status through the grace period and restores it on reconnect', () => {
    vi.useFakeTimers();
    const presence = createInMemoryPresence({ graceMs: 1000 });
    const expired: string[] = [];
    presence.onExpired((id) => expired.push(id));
    presence.connect('a', ['ar']);
    presence.set('a', 'online');
    presence.disconnect('a');
    vi.advanceTimersByTime(999);
    expect(presence.statusOf('a')).toBe('online');
    expect(presence.connect('a', ['ar'])).toBe('online');
    vi.advanceTimersByTime(5000);
    expect(expired).toEqual([]); // the reconnection cancelled the pending expiry
  });

  it('goes offline once the grace period runs out', () => {
    vi.useFakeTimers();
    const presence = createInMemoryPresence({ graceMs: 1000 });
    const expired: string[] = [];
    presence.onExpired((id) => expired.push(id));
    presence.connect('a', ['ar']);
    presence.set('a', 'online');
    presence.disconnect('a');
    vi.advanceTimersByTime(1000);
    expect(presence.statusOf('a')).toBe('offline');
    expect(expired).toEqual(['a']);
  });

  it('lists online interpreters by language, not busy or offline ones', () => {
    const presence = createInMemoryPresence();
    presence.connect('a', ['ar', 'ps']);
    presence.connect('b', ['ar']);
    presence.connect('c', ['ti']);
    presence.set('a', 'online');
    presence.set('b', 'busy');
    presence.set('c', 'online');
    expect(presence.available('ar')).toEqual(['a']);
    expect(presence.available('ti')).toEqual(['c']);
    expect(presence.available('prs')).toEqual([]);
  });

  it('ignores a status for an interpreter with no page', () => {
    const presence = createInMemoryPresence();
    presence.set('ghost', 'online');
    expect(presence.statusOf('ghost')).toBe('offline');
  });
});
