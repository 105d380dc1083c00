// The button's markup, rendered on the server side of React (no DOM needed).
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AudioButton } from '../../../../../renderer/family/audio/AudioButton';
import { ClipPlayer } from '../../../../../renderer/family/audio/clip-player';
import {
  BorrowedVoiceMarker,
  isBorrowedVoice,
} from '../../../../../renderer/family/audio/VoiceMarker';
import type { BundleAudio } from '../../../../../shared/content/bundle';

const baseUri = 'http://127.0.0.1:1/family';
const synthetic: BundleAudio = {
  kind: 'synthetic',
  src: 'audio/fr/answer.yes.0123456789abcdef.ogg',
  borrowed: false,
};

function render(audio: BundleAudio, extra: Record<string, unknown> = {}, player?: ClipPlayer) {
  const props = {
    audio,
    baseUri,
    player:
      player ??
      new ClipPlayer(() => {
        throw new Error('no element');
      }),
    ...extra,
  };
  return renderToStaticMarkup(createElement(AudioButton, props));
}

describe('AudioButton', () => {
  it('is a labelled replay button with a speaker where the card has a clip', () => {
    const html = render(synthetic, { label: 'Listen' });
    expect(html).toContain('<button type="button" class="audio-replay" aria-label="Listen"');
    expect(html).toContain('<svg');
    expect(html).not.toContain('card-audio-none');
  });

  it('shows a plain, non-clickable "no sound" state with the interpreter button otherwise', () => {
    const html = render({ kind: 'none' }, { onAskInterpreter: () => undefined });
    expect(html).toContain('data-audio-state="none"');
    expect(html).toContain('role="img" class="audio-none-icon" aria-label="Pas de son"');
    expect(html).not.toContain('audio-replay');
    expect(html).toContain('class="audio-interpreter" aria-label="Demander un interprète"');
  });

  it('has no interpreter button when the screen offers none', () => {
    expect(render({ kind: 'none' })).not.toContain('<button');
  });

  it('turns into "no sound" once its clip failed to load', () => {
    let fail: (() => void) | null = null;
    const player = new ClipPlayer(() => ({
      src: '',
      currentTime: 0,
      play: () => Promise.resolve(),
      pause: () => undefined,
      addEventListener: (type, listener) => {
        if (type === 'error') fail = listener;
      },
    }));
    player.play(new URL(synthetic.src, baseUri).href);
    (fail as (() => void) | null)?.();
    expect(render(synthetic, {}, player)).toContain('data-audio-state="none"');
  });
});

describe('BorrowedVoiceMarker', () => {
  it('marks a borrowed voice for the doctor, and nothing else', () => {
    const borrowed: BundleAudio = { ...synthetic, borrowed: true };
    expect(isBorrowedVoice(borrowed)).toBe(true);
    expect(isBorrowedVoice(synthetic)).toBe(false);
    expect(isBorrowedVoice({ kind: 'recorded', src: 'audio/recorded/prs/a.ogg' })).toBe(false);
    expect(renderToStaticMarkup(createElement(BorrowedVoiceMarker, { audio: borrowed }))).toContain(
      'voix empruntée',
    );
    expect(renderToStaticMarkup(createElement(BorrowedVoiceMarker, { audio: synthetic }))).toBe('');
  });
});
