// The interpreter's face on the family screen: large enough to see their expression, muted
// (the doctor's page plays the voice; the room must hear it once), no controls and no words.
// Hidden from screen readers: the call badge beside it already says "interpreter on line".
import { useEffect, useRef } from 'react';
import './family-mirror.css';

export function InterpreterVideo({ stream }: { stream: MediaStream | null }) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.muted = true; // the property, not only the attribute: never a second voice
    video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined); // muted autoplay is always allowed
  }, [stream]);
  if (!stream) return null;
  return (
    <div className="family-interpreter-video" aria-hidden="true" data-testid="interpreter-video">
      <video ref={ref} autoPlay playsInline muted disablePictureInPicture />
    </div>
  );
}
