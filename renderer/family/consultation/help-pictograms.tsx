// Inline pictograms of the family's always-visible buttons and of navigation, drawn in the
// app's style. Decorative: the button's text names them. Arrows flip in RTL through CSS
// (.mirror-in-rtl), so "forward" always points the way the family reads.
import type { FamilySignal } from '../../../shared/consultation/events';

const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 9,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function HelpPictogram(props: { signal: FamilySignal }) {
  return (
    <svg viewBox="0 0 100 100" width="48" height="48" aria-hidden="true" focusable="false">
      {props.signal === 'dont-understand' && (
        <>
          <circle cx="50" cy="50" r="42" {...line} strokeWidth={6} />
          <path d="M36 38c0-9 6-15 14-15s14 6 14 14c0 10-14 11-14 22" {...line} />
          <circle cx="50" cy="75" r="5" fill="currentColor" />
        </>
      )}
      {props.signal === 'repeat' && (
        <>
          <path d="M78 50a28 28 0 1 1-9-20.6" {...line} />
          <path d="M72 14v18H54" {...line} />
        </>
      )}
      {props.signal === 'want-interpreter' && (
        <>
          <circle cx="30" cy="52" r="11" fill="currentColor" />
          <path d="M10 90c2-14 10-20 20-20s18 6 20 20" fill="currentColor" />
          <path d="M50 12h42v24H68l-8 8v-8H50z" {...line} strokeWidth={6} />
          <circle cx="72" cy="58" r="9" fill="currentColor" />
          <path d="M56 90c2-12 8-17 16-17s14 5 16 17" fill="currentColor" />
        </>
      )}
      {props.signal === 'stop' && (
        <>
          <path d="M30 8h40l22 22v40L70 92H30L8 70V30z" fill="#a3262a" />
          <path d="M32 50h36" stroke="#fff" strokeWidth="12" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

export function ArrowPictogram(props: { direction: 'forward' | 'backward' }) {
  return (
    <svg
      viewBox="0 0 100 100"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
      className="mirror-in-rtl"
    >
      {props.direction === 'forward' ? (
        <path d="M16 50h64M56 24l26 26-26 26" {...line} strokeWidth={12} />
      ) : (
        <path d="M84 50H20M44 24L18 50l26 26" {...line} strokeWidth={12} />
      )}
    </svg>
  );
}

export function WaitPictogram() {
  return (
    <svg viewBox="0 0 100 100" width="160" height="160" aria-hidden="true" focusable="false">
      <path
        d="M28 10h44M28 90h44M32 10c0 24 36 28 36 40S32 66 32 90M68 10c0 24-36 28-36 40s36 16 36 40"
        {...line}
        strokeWidth={6}
      />
      <path d="M40 80h20l-10-12z" fill="currentColor" />
    </svg>
  );
}
