import { describe, expect, it } from 'vitest';
import {
  FamilySignal,
  PhraseSource,
  consultationEventData,
  isConsentCard,
} from '../../../../shared/consultation/events';
import { sessionEventTypes } from '../../../../shared/domain/session-events';

const accepts = (type: keyof typeof consultationEventData, data: unknown) =>
  consultationEventData[type].safeParse(data).success;

describe('consultation event data', () => {
  it('only describes event types the session log knows', () => {
    for (const type of Object.keys(consultationEventData)) {
      expect(sessionEventTypes).toContain(type);
    }
  });

  it('lists the family buttons and who may push a phrase', () => {
    expect(FamilySignal.options).toEqual(['dont-understand', 'repeat', 'want-interpreter', 'stop']);
    expect(PhraseSource.options).toEqual(['doctor', 'interpreter']);
  });

  it('accepts a flow id and refuses anything that is not one', () => {
    expect(accepts('flow.started', { flowId: 'child-fever' })).toBe(true);
    expect(accepts('flow.started', { flowId: 'Child Fever' })).toBe(false);
    expect(accepts('flow.started', { flowId: '' })).toBe(false);
    expect(accepts('flow.started', {})).toBe(false);
    expect(accepts('flow.started', null)).toBe(false);
    expect(accepts('flow.finished', { flowId: 'child-fever' })).toBe(true);
    expect(accepts('flow.finished', { flowId: 42 })).toBe(false);
    expect(accepts('flow.back', { flowId: 'child-fever', stepId: 'fever' })).toBe(true);
    expect(accepts('flow.back', { flowId: 'child-fever' })).toBe(false);
  });

  it('accepts a canonical answer or "dont-understand", and nothing else', () => {
    const base = { flowId: 'child-fever', stepId: 'fever', cardId: 'q.fever' };
    expect(accepts('answer.given', { ...base, answer: { kind: 'yes-no', value: 'yes' } })).toBe(
      true,
    );
    expect(accepts('answer.given', { ...base, answer: { kind: 'pain-scale', value: 6 } })).toBe(
      true,
    );
    expect(accepts('answer.given', { ...base, answer: 'dont-understand' })).toBe(true);
    // The statistics' short form ("yes") is not a canonical answer.
    expect(accepts('answer.given', { ...base, answer: 'yes' })).toBe(false);
    expect(accepts('answer.given', { ...base, answer: { kind: 'yes-no', value: 'maybe' } })).toBe(
      false,
    );
    expect(accepts('answer.given', { ...base, answer: { kind: 'pain-scale', value: 5 } })).toBe(
      false,
    );
    expect(
      accepts('answer.given', { ...base, answer: { kind: 'number', value: 3, note: 'free text' } }),
    ).toBe(false);
    expect(
      accepts('answer.given', { ...base, answer: { kind: 'date', value: '12/03/2026' } }),
    ).toBe(false);
    expect(accepts('answer.given', { flowId: 'child-fever', stepId: 'fever', answer: 'x' })).toBe(
      false,
    );
    expect(
      accepts('answer.given', { flowId: 'child-fever', stepId: 'fever', answer: { kind: 'none' } }),
    ).toBe(false);
  });

  it('accepts a family signal with or without a card, but needs the card key', () => {
    expect(accepts('family.signal', { signal: 'repeat', cardId: 'q.fever' })).toBe(true);
    expect(accepts('family.signal', { signal: 'stop', cardId: null })).toBe(true);
    expect(accepts('family.signal', { signal: 'stop' })).toBe(false);
    expect(accepts('family.signal', { signal: 'shout', cardId: null })).toBe(false);
    expect(accepts('family.signal', { signal: 'back', cardId: null })).toBe(false);
  });

  it('accepts phrases pushed by the doctor or the interpreter only', () => {
    expect(accepts('phrase.pushed', { cardId: 'advice.sleep', by: 'doctor' })).toBe(true);
    expect(accepts('phrase.pushed', { cardId: 'advice.sleep', by: 'interpreter' })).toBe(true);
    expect(accepts('phrase.pushed', { cardId: 'advice.sleep', by: 'family' })).toBe(false);
    expect(accepts('phrase.pushed', { cardId: 'advice.sleep' })).toBe(false);
    expect(accepts('phrase.dismissed', { cardId: 'advice.sleep' })).toBe(true);
    expect(accepts('phrase.dismissed', { cardId: 'Advice Sleep' })).toBe(false);
  });

  it('accepts a consent as yes, no or dont-know', () => {
    const base = { flowId: 'vaccines', cardId: 'consent.vaccines' };
    for (const value of ['yes', 'no', 'dont-know']) {
      expect(accepts('consent.given', { ...base, value })).toBe(true);
    }
    expect(accepts('consent.given', { ...base, value: 'maybe' })).toBe(false);
    expect(accepts('consent.given', { ...base, value: true })).toBe(false);
    expect(accepts('consent.given', { cardId: 'consent.vaccines', value: 'yes' })).toBe(false);
  });

  it('accepts an empty object for pause and resume, and refuses a non-object', () => {
    expect(accepts('session.paused', {})).toBe(true);
    expect(accepts('session.resumed', {})).toBe(true);
    expect(accepts('session.paused', null)).toBe(false);
    expect(accepts('session.resumed', 'now')).toBe(false);
  });
});

describe('isConsentCard', () => {
  it.each([
    ['consent.vaccines', true],
    ['consent.photo', true],
    ['vaccines.consent', true],
    ['child-checkup.data.consent', true],
    ['consent', false],
    ['consentement.vaccins', false],
    ['q.consent-form', false],
    ['vaccines.consent.info', false],
    ['q.fever', false],
    ['my-consent', false],
  ])('%s → %s', (cardId, expected) => {
    expect(isConsentCard(cardId)).toBe(expected);
  });
});
