import { describe, expect, it } from 'vitest';
import { isTrustedSender, type IpcSender } from '../../../../electron/ipc/sender-check';

const ours = (id: number) => id === 1;

function event(id: number, url: string | null, parent: unknown = null): IpcSender {
  return { sender: { id }, senderFrame: url === null ? null : { url, parent } };
}

describe('isTrustedSender', () => {
  it('accepts the top frame of an app window showing an app:// page', () => {
    expect(isTrustedSender(event(1, 'app://interpretable/doctor.html?layout=single'), ours)).toBe(
      true,
    );
  });

  it('refuses a webContents the app did not create, even on the app origin', () => {
    expect(isTrustedSender(event(2, 'app://interpretable/doctor.html'), ours)).toBe(false);
  });

  it('refuses an app window that shows another origin', () => {
    expect(isTrustedSender(event(1, 'https://evil.example/'), ours)).toBe(false);
    expect(isTrustedSender(event(1, 'http://127.0.0.1:4000/interpreter.html'), ours)).toBe(false);
  });

  it('refuses a sub-frame', () => {
    expect(
      isTrustedSender(
        event(1, 'app://interpretable/doctor.html', { url: 'app://interpretable/' }),
        ours,
      ),
    ).toBe(false);
  });

  it('refuses a frame that is gone', () => {
    expect(isTrustedSender(event(1, null), ours)).toBe(false);
    const throwing = {
      sender: { id: 1 },
      get senderFrame(): IpcSender['senderFrame'] {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
    expect(isTrustedSender(throwing, ours)).toBe(false);
  });
});
