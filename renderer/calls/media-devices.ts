// Camera, microphone and speaker: the constraints a consultation call needs (echo
// cancellation, noise suppression and automatic gain on, since the clinic's PC speakers and
// microphone share one small room), the devices to choose from, and the choice remembered on
// this PC so the doctor picks them once.
import { z } from 'zod';

const STORAGE_KEY = 'interpretable.calls.devices';

export const DeviceChoice = z.object({
  cameraId: z.string().max(500).nullable(),
  microphoneId: z.string().max(500).nullable(),
  speakerId: z.string().max(500).nullable(),
  audioOnly: z.boolean(),
});
export type DeviceChoice = z.infer<typeof DeviceChoice>;

export const defaultChoice: DeviceChoice = {
  cameraId: null,
  microphoneId: null,
  speakerId: null,
  audioOnly: false,
};

export function loadDeviceChoice(storage: Pick<Storage, 'getItem'> = localStorage): DeviceChoice {
  try {
    const parsed = DeviceChoice.safeParse(JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : defaultChoice;
  } catch {
    return defaultChoice;
  }
}

export function saveDeviceChoice(
  choice: DeviceChoice,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  storage.setItem(STORAGE_KEY, JSON.stringify(choice));
}

/** getUserMedia constraints for a choice: the chosen devices when still plugged in (ideal,
 * not exact, so an unplugged camera falls back instead of failing the call). */
export function constraintsFor(choice: DeviceChoice): MediaStreamConstraints {
  const audio: MediaTrackConstraints = {
    echoCancellation: true,
    noiseSuppression: true,
    autoGainControl: true,
    ...(choice.microphoneId ? { deviceId: { ideal: choice.microphoneId } } : {}),
  };
  const video: MediaTrackConstraints | false = choice.audioOnly
    ? false
    : {
        width: { ideal: 640 },
        height: { ideal: 480 },
        frameRate: { ideal: 24, max: 30 },
        ...(choice.cameraId ? { deviceId: { ideal: choice.cameraId } } : {}),
      };
  return { audio, video };
}

export interface DeviceLists {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  speakers: MediaDeviceInfo[];
}

export async function listDevices(): Promise<DeviceLists> {
  const all = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: all.filter((d) => d.kind === 'videoinput'),
    microphones: all.filter((d) => d.kind === 'audioinput'),
    speakers: all.filter((d) => d.kind === 'audiooutput'),
  };
}

/** Plays a media element through the chosen speaker, where the browser allows choosing. */
export async function routeToSpeaker(element: HTMLMediaElement, speakerId: string | null) {
  const sink = element as HTMLMediaElement & { setSinkId?: (id: string) => Promise<void> };
  if (speakerId && typeof sink.setSinkId === 'function') {
    await sink.setSinkId(speakerId).catch(() => undefined); // unplugged: keep the default
  }
}

/** Why the camera or microphone could not be opened, in terms the UI can explain. */
export type MediaFailure = 'denied' | 'not-found' | 'busy' | 'other';

export function mediaFailureOf(error: unknown): MediaFailure {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'not-found';
  if (name === 'NotReadableError' || name === 'AbortError') return 'busy';
  return 'other';
}
