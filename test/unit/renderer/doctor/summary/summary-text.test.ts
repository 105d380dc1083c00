import { describe, expect, it } from 'vitest';
import { buildSummary, type Summary } from '../../../../../renderer/doctor/summary/build-summary';
import { summaryText } from '../../../../../renderer/doctor/summary/summary-text';
import { consultation, fr, local, pack, session } from './summary-fixture';

const empty: Summary = {
  typeFr: 'Vaccination',
  languageFr: null,
  language: null,
  startedAt: local(14, 5),
  endedAt: null,
  minutes: null,
  flows: [],
  pain: { score: null, regionsFr: [] },
  consents: [],
  interpreter: { used: false, minutes: null },
  phrases: [],
  signals: { 'dont-understand': 0, repeat: 0, 'want-interpreter': 0, stop: 0 },
  infoCards: [],
};

describe('summaryText', () => {
  it('writes the whole consultation, ready to paste into the record', () => {
    const text = summaryText(buildSummary(session, consultation(), pack, fr));
    expect(text).toBe(
      [
        'Consultation : Enfant malade',
        'Langue de la famille : Tigrigna',
        'Début : 09h00 — durée : 25 min',
        '',
        'Enfant fiévreux :',
        '  - Votre enfant a-t-il de la fièvre ? → Oui',
        '  - Votre enfant a-t-il mal ? → Douleur 6/10',
        '  - Où a-t-il mal ? → ventre, dos',
        '  - Depuis combien de jours ? → 2 jours',
        '',
        'Vaccins du jour :',
        '  - Acceptez-vous les vaccins ? → Oui',
        '',
        'Douleur : 6/10 — zones : ventre, dos',
        '',
        'Consentements :',
        '  - Acceptez-vous les vaccins ? → Oui (09h14)',
        '',
        'Interprète : oui (7 min)',
        'Phrases montrées à la famille :',
        '  - Faites-le boire souvent.',
        'Signaux de la famille : « je ne comprends pas » ×1, « répéter » ×1, « interprète » ×1, « stop » ×0',
      ].join('\n'),
    );
  });

  it('keeps only the lines that apply to an empty, running consultation', () => {
    expect(summaryText(empty)).toBe(
      [
        'Consultation : Vaccination',
        'Langue de la famille : non choisie',
        'Début : 14h05',
        '',
        'Interprète : non',
        'Signaux de la famille : « je ne comprends pas » ×0, « répéter » ×0, « interprète » ×0, « stop » ×0',
      ].join('\n'),
    );
  });

  it('says when a flow got no answer', () => {
    const text = summaryText({
      ...empty,
      flows: [{ flowId: 'vaccines', titleFr: 'Vaccins du jour', answers: [] }],
    });
    expect(text).toContain('\nVaccins du jour :\n  (aucune réponse)\n');
  });

  it('writes the pain as not scored when only regions were given, and regions only when any', () => {
    expect(summaryText({ ...empty, pain: { score: null, regionsFr: ['tête'] } })).toContain(
      '\nDouleur : non cotée — zones : tête\n',
    );
    const scoreOnly = summaryText({ ...empty, pain: { score: 0, regionsFr: [] } });
    expect(scoreOnly).toContain('\nDouleur : 0/10\n');
    expect(scoreOnly).not.toContain('zones');
  });

  it('pads hours and minutes, and shows the time of each consent', () => {
    const text = summaryText({
      ...empty,
      startedAt: local(8, 7),
      endedAt: local(8, 9),
      minutes: 2,
      consents: [
        {
          cardId: 'consent.photo',
          stepId: 'photo',
          questionFr: 'Photo ?',
          answerFr: 'Non',
          at: local(8, 8),
        },
      ],
      interpreter: { used: true, minutes: 0 },
    });
    expect(text).toContain('Début : 08h07 — durée : 2 min\n');
    expect(text).toContain('\nConsentements :\n  - Photo ? → Non (08h08)\n');
    expect(text).toContain('\nInterprète : oui (0 min)\n');
  });

  it('counts every signal in its own place', () => {
    const text = summaryText({
      ...empty,
      signals: { 'dont-understand': 4, repeat: 3, 'want-interpreter': 2, stop: 1 },
    });
    expect(text.split('\n').at(-1)).toBe(
      'Signaux de la famille : « je ne comprends pas » ×4, « répéter » ×3, « interprète » ×2, « stop » ×1',
    );
  });
});
