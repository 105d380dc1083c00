// Call quality as bars plus words (never colour alone), with the figures behind it, and the
// audio-only suggestion when the link is poor.
import type { CallQuality } from './call-quality';
import { callsFr } from './strings-fr';

interface Props {
  quality: CallQuality | null;
  audioOnly: boolean;
  onAudioOnly: () => void;
}

const BARS = { good: 3, fair: 2, poor: 1, unknown: 0 } as const;

export function QualityIndicator({ quality, audioOnly, onAudioOnly }: Props) {
  const level = quality?.level ?? 'unknown';
  const t = callsFr.quality;
  const figure = (value: number | null, unit: string) =>
    value === null ? '–' : `${value} ${unit}`;
  return (
    <div className={`call-quality call-quality-${level}`}>
      <p role="status" aria-live="polite">
        <span className="call-quality-bars" aria-hidden="true">
          {[1, 2, 3].map((bar) => (
            <span key={bar} className={bar <= BARS[level] ? 'on' : 'off'} />
          ))}
        </span>
        {t.label} : {t.levels[level]}
      </p>
      {quality ? (
        <p className="call-quality-details">
          {t.details(
            figure(quality.rttMs, 'ms'),
            figure(quality.lossPercent, '%'),
            figure(quality.kbps, 'kb/s'),
          )}
        </p>
      ) : null}
      {quality?.suggestAudioOnly && !audioOnly ? (
        <p className="call-quality-advice">
          {t.suggestAudioOnly}{' '}
          <button type="button" onClick={onAudioOnly}>
            {callsFr.controls.audioOnly}
          </button>
        </p>
      ) : null}
    </div>
  );
}
