// Call media constraints (echo cancellation, noise suppression, auto gain always on) and the
// device choice remembered on this PC.
import { describe, expect, it } from 'vitest';
import {
  constraintsFor,
  defaultChoice,
  loadDeviceChoice,
  saveDeviceChoice,
} from '../../../../renderer/calls/media-devices';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value);
    },
  };
}

describe('media devices', () => {
  it('asks for echo cancellation, noise suppression and auto gain, and the chosen devices', () => {
    const constraints = constraintsFor({ ...defaultChoice, cameraId: 'cam', microphoneId: 'mic' });
    expect(constraints.audio).toMatchObject({
      echoCancellation: true,
      noiseSuppression: true,
      autoGainControl: true,
      deviceId: { ideal: 'mic' },
    });
    expect(constraints.video).toMatchObject({ deviceId: { ideal: 'cam' } });
    expect(constraintsFor({ ...defaultChoice, audioOnly: true }).video).toBe(false);
  });

  it('remembers the choice, and ignores a damaged one', () => {
    const storage = memoryStorage();
    expect(loadDeviceChoice(storage)).toEqual(defaultChoice);
    const choice = { cameraId: 'c', microphoneId: null, speakerId: 's', audioOnly: true };
    saveDeviceChoice(choice, storage);
    expect(loadDeviceChoice(storage)).toEqual(choice);
    storage.setItem('interpretable.calls.devices', '{"cameraId":42');
    expect(loadDeviceChoice(storage)).toEqual(defaultChoice);
  });
});
