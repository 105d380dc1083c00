import { describe, expect, it } from 'vitest';
import { Flow } from '../../../../../shared/content/flow';
import { predictAnswer, predictBack } from '../../../../../shared/consultation/predict';
import type { ConsultationScreen } from '../../../../../shared/consultation/state';
import {
  deckEntries,
  settleDeck,
  unsettledDeck,
} from '../../../../../renderer/family/consultation/step-deck';
import { flowScreens } from '../../../../helpers/flow-screens';

const OTHER_SESSION = '0b8f4b6c-3a7e-4f4a-8a43-2f0e9d1c5b7a';

// hurts? yes → where (body map) → since; no → since.
const flow = Flow.parse({
  id: 'pain',
  titleFr: 'Douleur',
  consultationTypes: ['child-symptoms'],
  steps: [
    {
      id: 'hurts',
      card: 'q.hurts',
      answer: { kind: 'yes-no' },
      branches: [{ when: { yesNo: 'no' }, goto: 'since' }],
    },
    {
      id: 'where',
      card: 'q.where',
      answer: { kind: 'body-map', regions: ['head', 'belly'], multiple: true },
    },
    { id: 'since', card: 'q.since', answer: { kind: 'none' } },
  ],
});
const flowOf = (id: string) => (id === flow.id ? flow : undefined);

const started = (sessionId?: string) => flowScreens(flow, sessionId).screen();

function yes(screen: ConsultationScreen): ConsultationScreen {
  const next = predictAnswer(screen, flow, { kind: 'yes-no', value: 'yes' });
  if (!next) throw new Error('no next screen');
  return next;
}

const summary = (shown: ConsultationScreen, deck = settleDeck(null, shown), covered = false) =>
  deckEntries(shown, deck, flowOf, covered).map(
    (entry) => `${entry.key.replace(`${shown.sessionId}/pain/`, '')}${entry.shown ? ' shown' : ''}`,
  );

describe('the steps the family screen keeps drawn', () => {
  it('draws the steps one tap away, hidden, beside the one on screen', () => {
    expect(summary(started())).toEqual(['hurts#0 shown', 'since#0', 'where#0']);
  });

  it('draws the first card alone until it has been painted, under the key it keeps', () => {
    const first = started();
    expect(summary(first, unsettledDeck)).toEqual(['hurts#0 shown']);
    expect(deckEntries(first, settleDeck(unsettledDeck, first), flowOf, false)[0]?.key).toBe(
      deckEntries(first, unsettledDeck, flowOf, false)[0]?.key,
    );
  });

  it('reveals a prepared step at the tap: same key, so nothing is built in the tap', () => {
    const first = started();
    const deck = settleDeck(null, first);
    const before = deckEntries(first, deck, flowOf, false);
    // The tap shows its prediction before the deck settles on it.
    const after = deckEntries(yes(first), deck, flowOf, false);
    const where = after.find((entry) => entry.shown);
    expect(where?.key).toMatch(/where#0$/);
    expect(before.map((entry) => entry.key)).toContain(where?.key);
    // The step just left stays, hidden, until the new card has been painted.
    expect(after.find((entry) => entry.key.endsWith('hurts#0'))?.shown).toBe(false);
  });

  it('starts a step fresh when the family comes back to it', () => {
    const first = started();
    const where = yes(first);
    let deck = settleDeck(settleDeck(null, first), where);
    expect(summary(where, deck)).toEqual(['hurts#1', 'since#0', 'where#0 shown']);
    const back = predictBack(where, flow);
    if (!back) throw new Error('no back');
    deck = settleDeck(deck, back);
    expect(summary(back, deck)).toEqual(['hurts#1 shown', 'since#0', 'where#1']);
  });

  it('keeps the step, hidden, under a pushed card or a pause', () => {
    const screen = started();
    expect(summary(screen, settleDeck(null, screen), true)).toEqual([
      'hurts#0',
      'since#0',
      'where#0',
    ]);
    const paused = { ...screen, paused: true };
    expect(settleDeck(settleDeck(null, screen), paused).left).toEqual({});
  });

  it('never carries a step over to another session', () => {
    const old = started();
    const deck = settleDeck(settleDeck(null, old), yes(old));
    const fresh = started(OTHER_SESSION);
    expect(
      deckEntries(fresh, deck, flowOf, false).every((e) => e.key.startsWith(OTHER_SESSION)),
    ).toBe(true);
    expect(settleDeck(deck, fresh)).toEqual({ settled: fresh, left: {} });
  });
});
