// Actions kept until the call may act on them: in order, once, and never after a discard.
import { describe, expect, it } from 'vitest';
import { HeldActions } from '../../../../renderer/calls/held-actions';

describe('held actions', () => {
  it('keeps actions until opened, runs them in order, then runs new ones at once', () => {
    const held = new HeldActions();
    const ran: string[] = [];
    held.run(() => ran.push('answer'));
    held.run(() => ran.push('candidate'));
    expect(ran).toEqual([]);
    expect(held.isOpen).toBe(false);
    held.open();
    expect(ran).toEqual(['answer', 'candidate']);
    held.run(() => ran.push('later'));
    expect(ran).toEqual(['answer', 'candidate', 'later']);
    held.open();
    expect(ran).toHaveLength(3);
  });

  it('drops what it kept when discarded', () => {
    const held = new HeldActions();
    const ran: string[] = [];
    held.run(() => ran.push('answer'));
    held.discard();
    held.open();
    expect(ran).toEqual([]);
  });
});
