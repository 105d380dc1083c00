import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeControl, type FakeControl } from './fakes/fake-electron';

vi.mock('electron', async () => (await import('./fakes/fake-electron')).fakeElectronModule);

let control: FakeControl;

/** Runs the preload afresh against fresh fakes; returns what it exposed. */
async function loadPreload() {
  control = await fakeControl();
  control.reset();
  vi.resetModules();
  await import('../../../electron/preload');
  const calls = control.fakes.contextBridge.exposeInMainWorld.mock.calls as unknown as [
    string,
    unknown,
  ][];
  expect(calls).toHaveLength(1);
  return calls[0] as [string, { methods: Record<string, (input: unknown) => Promise<unknown>> }];
}

beforeEach(() => {
  vi.resetModules();
});

describe('preload', () => {
  it('exposes window.interpretable through contextBridge, without ipcRenderer', async () => {
    const [key, api] = await loadPreload();
    expect(key).toBe('interpretable');
    expect(Object.keys(api).sort()).toEqual(['methods', 'on']);
    expect(Object.values(api)).not.toContain(control.fakes.ipcRenderer);
    expect(Object.values(api.methods)).not.toContain(control.fakes.ipcRenderer.invoke);
  });

  it('routes a method call to ipcRenderer.invoke on the method channel', async () => {
    const [, api] = await loadPreload();
    await api.methods['session.current']?.({});
    expect(control.fakes.ipcRenderer.invoke).toHaveBeenCalledWith('bridge:session.current', {});
  });
});
