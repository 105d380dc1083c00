import { describe, expect, it, vi } from 'vitest';
import { createShutdown } from '../../../../electron/lifecycle/shutdown';

describe('createShutdown', () => {
  it('runs the steps in order', async () => {
    const order: string[] = [];
    const shutdown = createShutdown([
      () => {
        order.push('session log');
      },
      async () => {
        await Promise.resolve();
        order.push('hub');
      },
    ]);
    await shutdown();
    expect(order).toEqual(['session log', 'hub']);
  });

  it('runs only once, however often it is asked', async () => {
    const step = vi.fn();
    const shutdown = createShutdown([step]);
    await Promise.all([shutdown(), shutdown()]);
    await shutdown();
    expect(step).toHaveBeenCalledTimes(1);
  });

  it('keeps going when a step fails', async () => {
    const logError = vi.fn();
    const after = vi.fn();
    const shutdown = createShutdown(
      [
        () => {
          throw new Error('database locked');
        },
        after,
      ],
      logError,
    );
    await shutdown();
    expect(logError).toHaveBeenCalled();
    expect(after).toHaveBeenCalled();
  });
});
