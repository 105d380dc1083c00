// The incoming-call ring, synthesised with WebAudio (no audio file to ship or fetch): two
// short tones every two seconds until stopped. Browsers only allow sound after a user
// gesture; the interpreter has clicked to sign in and to set their availability.
export function startRinging(): () => void {
  let audio: AudioContext;
  try {
    audio = new AudioContext();
  } catch {
    return () => undefined; // no audio output: the visual ring remains
  }
  const ring = () => {
    const start = audio.currentTime;
    [0, 0.35].forEach((offset) => {
      const oscillator = audio.createOscillator();
      const gain = audio.createGain();
      oscillator.frequency.value = 740;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.25, start + offset + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.3);
      oscillator.connect(gain).connect(audio.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.32);
    });
  };
  ring();
  const timer = setInterval(ring, 2000);
  return () => {
    clearInterval(timer);
    void audio.close();
  };
}
