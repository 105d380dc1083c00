import { describe, expect, it } from 'vitest';
import { toWireInput } from '../../../../electron/ipc/wire-input';
import { MAX_BRIDGE_FRAME_BYTES } from '../../../../shared/bridge/wire';

describe('toWireInput', () => {
  it('passes plain data through as a JSON copy', () => {
    const input = { consultationType: 'vaccination' };
    const result = toWireInput(input);
    expect(result).toEqual({ ok: true, value: input });
    expect(result.ok && result.value).not.toBe(input);
  });

  it('keeps "no input" as undefined', () => {
    expect(toWireInput(undefined)).toEqual({ ok: true, value: undefined });
  });

  it('turns what structured clone allows but JSON does not into plain data', () => {
    const result = toWireInput({
      at: new Date('2025-01-02T03:04:05.000Z'),
      tags: new Map([['a', 1]]),
    });
    expect(result).toEqual({ ok: true, value: { at: '2025-01-02T03:04:05.000Z', tags: {} } });
  });

  it('refuses inputs that are not JSON', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(toWireInput(cycle)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(toWireInput(10n)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(toWireInput(() => 1)).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
  });

  it('refuses inputs above the bridge frame limit, counted in UTF-8 bytes', () => {
    // 2 bytes per "é": under the limit in characters, over it in bytes.
    const text = 'é'.repeat(MAX_BRIDGE_FRAME_BYTES / 2);
    expect(toWireInput({ text })).toMatchObject({
      ok: false,
      error: { code: 'PAYLOAD_TOO_LARGE' },
    });
    expect(toWireInput({ text: 'a'.repeat(1000) }).ok).toBe(true);
  });

  it('accepts an input exactly at the limit', () => {
    const overhead = JSON.stringify({ t: '' }).length;
    expect(toWireInput({ t: 'a'.repeat(MAX_BRIDGE_FRAME_BYTES - overhead) }).ok).toBe(true);
    expect(toWireInput({ t: 'a'.repeat(MAX_BRIDGE_FRAME_BYTES - overhead + 1) }).ok).toBe(false);
  });
});
