// The few pictograms the slice needs, drawn inline so they work before the content packs
// (content issue) bring the Mulberry/OpenMoji sets. Decorative: the caller labels them.
export function WelcomePictogram() {
  return (
    <svg viewBox="0 0 120 120" width="180" height="180" aria-hidden="true" focusable="false">
      <circle cx="60" cy="60" r="56" fill="#e8f3ef" />
      <circle cx="60" cy="46" r="18" fill="#2f6f5e" />
      <path d="M26 100c4-22 18-32 34-32s30 10 34 32" fill="#2f6f5e" />
    </svg>
  );
}

export function PointingPictogram() {
  return (
    <svg viewBox="0 0 120 120" width="96" height="96" aria-hidden="true" focusable="false">
      <path
        d="M48 20c0-6 10-6 10 0v42l4-2c0-6 10-6 10 0v4c0-6 10-6 10 0v4c0-6 10-6 10 0v24c0 12-10 20-22 20H60c-10 0-16-6-20-14L28 74c-3-6 5-11 9-6l11 14z"
        fill="#f6d7b0"
        stroke="#5a3a1a"
        strokeWidth="4"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function CheckPictogram() {
  return (
    <svg viewBox="0 0 120 120" width="140" height="140" aria-hidden="true" focusable="false">
      <circle cx="60" cy="60" r="56" fill="#2f6f5e" />
      <path
        d="M34 62l18 18 36-40"
        fill="none"
        stroke="#fff"
        strokeWidth="12"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
