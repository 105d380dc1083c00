// The speaker drawn inline (no asset to load before the first card). Decorative: the button or
// the "no sound" label around it carries the accessible name.
const stroke = {
  stroke: 'currentColor',
  strokeWidth: 8,
  strokeLinecap: 'round',
  fill: 'none',
} as const;

function Speaker() {
  return <path d="M18 44h18l24-20v72L36 76H18z" fill="currentColor" strokeLinejoin="round" />;
}

export function SpeakerPictogram(props: { playing: boolean }) {
  return (
    <svg viewBox="0 0 120 120" width="56" height="56" aria-hidden="true" focusable="false">
      <Speaker />
      <path d="M74 44c8 9 8 23 0 32" {...stroke} />
      {/* The outer wave shows while the clip plays. */}
      <path d="M86 32c15 16 15 40 0 56" {...stroke} opacity={props.playing ? 1 : 0.35} />
    </svg>
  );
}

/** Struck out: nothing will sound, so this is never drawn as a button. */
export function MutedSpeakerPictogram() {
  return (
    <svg viewBox="0 0 120 120" width="56" height="56" aria-hidden="true" focusable="false">
      <Speaker />
      <path d="M76 46l28 28M104 46l-28 28" {...stroke} />
      <path d="M12 12l96 96" {...stroke} strokeWidth={10} />
    </svg>
  );
}

/** Two faces and a speech bubble: "someone who speaks your language". */
export function InterpreterPictogram() {
  return (
    <svg viewBox="0 0 120 120" width="56" height="56" aria-hidden="true" focusable="false">
      <circle cx="36" cy="56" r="14" fill="currentColor" />
      <path d="M12 100c2-16 12-24 24-24s22 8 24 24" fill="currentColor" />
      <circle cx="84" cy="56" r="14" fill="currentColor" />
      <path d="M60 100c2-16 12-24 24-24s22 8 24 24" fill="currentColor" />
      <path
        d="M48 10h56v26H70l-10 10V36H48z"
        fill="none"
        stroke="currentColor"
        strokeWidth="6"
        strokeLinejoin="round"
      />
    </svg>
  );
}
