// A <video> showing a MediaStream (srcObject cannot be set from JSX). The local preview is
// muted so the doctor never hears themselves; the remote one plays through the chosen speaker.
import { useEffect, useRef } from 'react';
import { routeToSpeaker } from './media-devices';

interface Props {
  stream: MediaStream | null;
  label: string;
  muted?: boolean;
  speakerId?: string | null;
  className?: string;
}

export function StreamVideo({ stream, label, muted = false, speakerId = null, className }: Props) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (stream) void video.play().catch(() => undefined); // autoplay refused: controls remain
  }, [stream]);
  useEffect(() => {
    if (ref.current) void routeToSpeaker(ref.current, speakerId);
  }, [speakerId]);
  return (
    <video ref={ref} className={className} aria-label={label} autoPlay playsInline muted={muted} />
  );
}
