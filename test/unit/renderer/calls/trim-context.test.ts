// A context too large for the data channel loses its oldest answers first.
import { describe, expect, it } from 'vitest';
import { MAX_CALL_CONTEXT_CHARS, type CallContext } from '../../../../shared/calls/call-context';
import { trimContext } from '../../../../renderer/calls/trim-context';

describe('trimContext', () => {
  it('keeps a small context as it is and trims a huge one under the cap, newest answers kept', () => {
    const answer = (i: number) => ({
      questionFrench: `Question ${i} ${'x'.repeat(400)}`,
      questionFamily: 'q',
      answerFrench: 'a',
      answerFamily: 'a',
      at: '2026-11-29T09:00:00.000Z',
    });
    const small: CallContext = {
      version: 1,
      language: 'ar',
      consultationType: 'vaccination',
      card: null,
      answers: [answer(0)],
      phrasebook: [],
    };
    expect(trimContext(small)).toBe(small);
    const big = { ...small, answers: Array.from({ length: 400 }, (_, i) => answer(i)) };
    const trimmed = trimContext(big);
    expect(JSON.stringify(trimmed).length).toBeLessThan(MAX_CALL_CONTEXT_CHARS);
    expect(trimmed.answers.at(-1)?.questionFrench).toContain('Question 399');
  });
});
