import { describe, expect, it } from 'vitest';
import { createInMemoryPresence } from '../../../../server/hub/presence';

describe('in-memory presence', () => {
  it('starts offline and keeps a status while a page is connected', () => {
    const presence = createInMemoryPresence();
    expect(presence.connect('a')).toBe('offline');
    presence.set('a', 'online');
    expect(presence.statusOf('a')).toBe('online');
    expect(presence.connect('a')).toBe('online'); // a second tab sees the same status
  });

  it('goes offline only when the last page disconnects', () => {
    const presence = createInMemoryPresence();
    presence.connect('a');
    presence.connect('a');
    presence.set('a', 'busy');
    presence.disconnect('a');
    expect(presence.statusOf('a')).toBe('busy');
    presence.disconnect('a');
    expect(presence.statusOf('a')).toBe('offline');
  });

  it('ignores a status for an interpreter with no page', () => {
    const presence = createInMemoryPresence();
    presence.set('ghost', 'online');
    expect(presence.statusOf('ghost')).toBe('offline');
  });
});
