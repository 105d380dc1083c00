// The pre-call test: choose the camera, microphone and speaker, see the camera, watch the
// microphone level move, hear a tone through the speaker. The choice is remembered on this
// PC (media-devices.ts) and used by every later call.
import { useEffect, useRef, useState } from 'react';
import {
  constraintsFor,
  listDevices,
  loadDeviceChoice,
  mediaFailureOf,
  routeToSpeaker,
  saveDeviceChoice,
  type DeviceChoice,
  type DeviceLists,
  type MediaFailure,
} from './media-devices';
import { StreamVideo } from './StreamVideo';
import { callsFr } from './strings-fr';

const noDevices: DeviceLists = { cameras: [], microphones: [], speakers: [] };

export function DeviceSetup() {
  const [choice, setChoice] = useState<DeviceChoice>(() => loadDeviceChoice());
  const [devices, setDevices] = useState<DeviceLists>(noDevices);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [failure, setFailure] = useState<MediaFailure | null>(null);
  const level = useMicLevel(stream);
  const t = callsFr.setup;

  useEffect(() => {
    let opened: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices
      .getUserMedia(constraintsFor(choice))
      .then(async (next) => {
        if (cancelled) {
          for (const track of next.getTracks()) track.stop();
          return;
        }
        opened = next;
        setStream(next);
        setFailure(null);
        // Labels are only listed once a permission was granted: list after opening.
        setDevices(await listDevices());
      })
      .catch((error: unknown) => {
        if (!cancelled) setFailure(mediaFailureOf(error));
      });
    return () => {
      cancelled = true;
      for (const track of opened?.getTracks() ?? []) track.stop();
    };
  }, [choice]);

  const update = (patch: Partial<DeviceChoice>) => {
    const next = { ...choice, ...patch };
    saveDeviceChoice(next);
    setChoice(next);
  };

  const select = (
    id: string,
    label: string,
    list: MediaDeviceInfo[],
    value: string | null,
    key: 'cameraId' | 'microphoneId' | 'speakerId',
  ) => (
    <p className="device-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          update({ [key]: event.target.value === '' ? null : event.target.value });
        }}
      >
        <option value="">{t.defaultDevice}</option>
        {list.map((device, index) => (
          <option key={device.deviceId || index} value={device.deviceId}>
            {device.label || `${label} ${index + 1}`}
          </option>
        ))}
      </select>
    </p>
  );

  return (
    <section className="device-setup" aria-label={t.open}>
      {failure ? <p role="alert">{callsFr.media[failure]}</p> : null}
      <div className="device-setup-grid">
        <div>
          {select('call-camera', t.camera, devices.cameras, choice.cameraId, 'cameraId')}
          {select(
            'call-mic',
            t.microphone,
            devices.microphones,
            choice.microphoneId,
            'microphoneId',
          )}
          {devices.speakers.length > 0
            ? select('call-speaker', t.speaker, devices.speakers, choice.speakerId, 'speakerId')
            : null}
          <p className="device-field">
            <label>
              <input
                type="checkbox"
                checked={choice.audioOnly}
                onChange={(event) => {
                  update({ audioOnly: event.target.checked });
                }}
              />{' '}
              {t.audioOnly}
            </label>
          </p>
          <p className="device-field">
            <label htmlFor="call-mic-level">{t.level}</label>
            <meter id="call-mic-level" min={0} max={1} value={level} />
          </p>
          <button
            type="button"
            onClick={() => {
              playTestTone(choice.speakerId);
            }}
          >
            {t.playTone}
          </button>
          <p className="device-saved">{t.saved}</p>
        </div>
        {choice.audioOnly ? null : (
          <StreamVideo stream={stream} label={t.preview} muted className="device-preview" />
        )}
      </div>
    </section>
  );
}

/** The microphone's loudness (0–1), sampled each animation frame. */
function useMicLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);
  const frame = useRef(0);
  useEffect(() => {
    if (!stream || stream.getAudioTracks().length === 0) return;
    const audio = new AudioContext();
    const analyser = audio.createAnalyser();
    analyser.fftSize = 512;
    audio.createMediaStreamSource(stream).connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const tick = () => {
      analyser.getFloatTimeDomainData(samples);
      let sum = 0;
      for (const sample of samples) sum += sample * sample;
      setLevel(Math.min(1, Math.sqrt(sum / samples.length) * 4));
      frame.current = requestAnimationFrame(tick);
    };
    frame.current = requestAnimationFrame(tick);
    return () => {
      cancelAnimationFrame(frame.current);
      void audio.close();
    };
  }, [stream]);
  return level;
}

/** A short two-note chime through the chosen speaker. */
function playTestTone(speakerId: string | null): void {
  const audio = new AudioContext();
  const destination = audio.createMediaStreamDestination();
  const gain = audio.createGain();
  gain.gain.value = 0.2;
  gain.connect(destination);
  [660, 880].forEach((frequency, index) => {
    const oscillator = audio.createOscillator();
    oscillator.frequency.value = frequency;
    oscillator.connect(gain);
    oscillator.start(audio.currentTime + index * 0.3);
    oscillator.stop(audio.currentTime + index * 0.3 + 0.25);
  });
  const element = new Audio();
  element.srcObject = destination.stream;
  void routeToSpeaker(element, speakerId).then(() => element.play());
  setTimeout(() => {
    element.pause();
    void audio.close();
  }, 900);
}
