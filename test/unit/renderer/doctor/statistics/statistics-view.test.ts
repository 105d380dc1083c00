import { describe, expect, it } from 'vitest';
import {
  defaultRange,
  duration,
  languageLabel,
  percent,
  toView,
  weekLabel,
} from '../../../../../renderer/doctor/statistics/statistics-view';

describe('statistics view', () => {
  it('defaults to the last 12 weeks', () => {
    expect(defaultRange(new Date('2026-11-29T10:00:00Z'))).toEqual({
      from: '2026-09-07',
      to: '2026-11-29',
    });
  });

  it('formats shares, durations, weeks and languages in French', () => {
    expect(percent(0.25)).toMatch(/^25\s?%$/);
    expect(percent(null)).toBe('—');
    expect(duration(45)).toBe('45 s');
    expect(duration(200)).toBe('3 min 20 s');
    expect(duration(600)).toBe('10 min');
    expect(duration(null)).toBe('—');
    expect(weekLabel('2026-W08')).toBe('sem. 8 (2026)');
    expect(languageLabel('ti', 'aucune')).toBe('Tigrigna');
    expect(languageLabel(null, 'aucune')).toBe('aucune');
    expect(languageLabel('xx', 'aucune')).toBe('xx');
  });

  it('maps the service figures without recounting them', () => {
    const view = toView(
      {
        from: '2026-11-01',
        to: '2026-11-30',
        totalSessions: 4,
        sessionsPerWeek: [{ week: '2026-W45', sessions: 4 }],
        sessionsPerLanguage: [{ language: 'ar', sessions: 4 }],
        interpreter: {
          requested: 2,
          connected: 1,
          share: 0.25,
          averageWaitSeconds: 30,
          averageCallSeconds: 600,
        },
        flows: [
          {
            flowId: 'vaccines',
            sessions: 2,
            answers: 4,
            dontUnderstand: 1,
            dontUnderstandRate: 0.25,
          },
        ],
      },
      'aucune',
    );
    expect(view.weeks).toEqual([{ label: 'sem. 45 (2026)', sessions: 4 }]);
    expect(view.languages).toEqual([{ label: 'Arabe', sessions: 4 }]);
    expect(view.summary).toMatchObject({ total: 4, wait: '30 s', call: '10 min' });
    expect(view.flows[0]).toMatchObject({ flowId: 'vaccines', sessions: 2 });
  });
});
