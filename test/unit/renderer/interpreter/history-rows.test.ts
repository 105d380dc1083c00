// The history table's rows: French dates, language and consultation names, durations, and the
// raw values kept when the hub records a code this page does not know.
import { describe, expect, it } from 'vitest';
import { durationText, historyRows } from '../../../../renderer/interpreter/history-rows';

const call = {
  id: 'c1',
  language: 'ar',
  consultationType: 'vaccination',
  answeredAt: '2026-11-30T09:05:00.000Z',
  endedAt: '2026-11-30T09:17:42.000Z',
  endReason: 'hangup',
  durationSeconds: 762,
};

describe('history rows', () => {
  it('names the language and consultation in French and formats the date and duration', () => {
    const [row] = historyRows({ calls: [call], totalCalls: 1, totalMinutes: 13 });
    expect(row).toMatchObject({ id: 'c1', answeredAt: call.answeredAt, language: 'Arabe' });
    expect(row?.type).toMatch(/accin/);
    expect(row?.date).toBe(
      new Date(call.answeredAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' }),
    );
    expect(row?.duration).toBe('12 min 42 s');
  });

  it('keeps unknown codes as they are and marks a call still going on', () => {
    const [row] = historyRows({
      calls: [{ ...call, language: 'xx', consultationType: 'other', endedAt: null }],
      totalCalls: 1,
      totalMinutes: 0,
    });
    expect(row).toMatchObject({ language: 'xx', type: 'other', duration: null });
  });

  it('pads the seconds', () => {
    expect(durationText(61)).toBe('1 min 01 s');
    expect(durationText(0)).toBe('0 min 00 s');
  });
});
