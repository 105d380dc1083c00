import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { closeBeforeQuit } from '../../../../electron/lifecycle/close-before-quit';

describe('closeBeforeQuit', () => {
  it('holds the quit until the shutdown has finished, then quits for good', async () => {
    const app = Object.assign(new EventEmitter(), { quit: vi.fn() });
    let finish: () => void = () => undefined;
    const shutdown = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    closeBeforeQuit(app as never, shutdown);

    const first = { preventDefault: vi.fn() };
    app.emit('will-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => {
      expect(app.quit).toHaveBeenCalledTimes(1);
    });

    const second = { preventDefault: vi.fn() };
    app.emit('will-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(shutdown).toHaveBeenCalledTimes(1);
  });
});
