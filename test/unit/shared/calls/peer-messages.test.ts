// The data channel is a boundary: only known, well-formed, bounded messages get through, and
// an older context never replaces a newer one.
import { describe, expect, it } from 'vitest';
import { applyContext, type CallContext } from '../../../../shared/calls/call-context';
import {
  decodePeerMessage,
  encodePeerMessage,
  MAX_PEER_MESSAGE_CHARS,
} from '../../../../shared/calls/peer-messages';

const context: CallContext = {
  version: 3,
  language: 'ps',
  consultationType: 'postpartum',
  card: { id: 'c1', french: 'Bonjour', family: 'سلام', pictograms: ['pictograms/baby.svg'] },
  answers: [],
  phrasebook: [{ id: 'p1', french: 'Merci', family: 'مننه' }],
};

describe('peer messages', () => {
  it('round-trips context, push-card and audio-only', () => {
    for (const message of [
      { type: 'context', context },
      { type: 'push-card', cardId: 'p1' },
      { type: 'audio-only', enabled: true },
    ] as const) {
      expect(decodePeerMessage(encodePeerMessage(message))).toEqual(message);
    }
  });

  it('refuses junk, unknown keys, oversized text and pictograms that leave the app', () => {
    expect(decodePeerMessage('not json')).toBeNull();
    expect(decodePeerMessage('{"type":"push-card","cardId":"p1","extra":1}')).toBeNull();
    expect(decodePeerMessage('x'.repeat(MAX_PEER_MESSAGE_CHARS + 1))).toBeNull();
    for (const path of ['https://evil.example/x.svg', '/etc/passwd', 'pictograms/../../x']) {
      const bad = { ...context, card: { ...context.card, pictograms: [path] } };
      expect(decodePeerMessage(JSON.stringify({ type: 'context', context: bad }))).toBeNull();
    }
  });

  it('keeps the newer of two contexts', () => {
    const older = { ...context, version: 2, card: null };
    expect(applyContext(context, older)).toBe(context);
    expect(applyContext(older, context)).toBe(context);
    expect(applyContext(null, older)).toBe(older);
  });
});
