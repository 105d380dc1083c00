import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, LATEST_MS } from '../../../../renderer/components/after-next-paint';

// The page's frames, driven by hand: `frame()` runs the animation frame callbacks, as the
// browser does just before it draws.
let callbacks = new Map<number, FrameRequestCallback>();
let nextId = 1;
const frame = () => {
  const due = [...callbacks.values()];
  callbacks = new Map();
  for (const callback of due) callback(performance.now());
};

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.set(nextId, callback);
    return nextId++;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => callbacks.delete(id));
});
afterEach(() => {
  callbacks.clear();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('afterNextPaint', () => {
  it('runs the work in the first task after the frame that follows the next one', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled(); // no frame yet
    frame();
    vi.advanceTimersByTime(0);
    expect(work).not.toHaveBeenCalled(); // the frame is drawn, maybe not yet on screen
    frame();
    expect(work).not.toHaveBeenCalled(); // the next frame is being drawn
    vi.advanceTimersByTime(0);
    expect(work).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(LATEST_MS * 2);
    expect(work).toHaveBeenCalledOnce();
  });

  it('still runs on a page that draws no frame (hidden), after LATEST_MS', () => {
    const work = vi.fn();
    afterNextPaint(work);
    vi.advanceTimersByTime(LATEST_MS - 1);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledOnce();
    frame();
    vi.advanceTimersByTime(LATEST_MS);
    expect(work).toHaveBeenCalledOnce();
  });

  it('keeps the order work was asked in', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('stop the last card'));
    afterNextPaint(() => order.push('play the new card'));
    frame();
    frame();
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['stop the last card', 'play the new card']);
  });

  it('cancels work that has not run, before, between or after the frames', () => {
    const early = vi.fn();
    const between = vi.fn();
    const late = vi.fn();
    afterNextPaint(early)();
    const cancelBetween = afterNextPaint(between);
    const cancelLate = afterNextPaint(late);
    frame();
    cancelBetween();
    frame();
    cancelLate();
    vi.advanceTimersByTime(LATEST_MS * 2);
    expect(early).not.toHaveBeenCalled();
    expect(between).not.toHaveBeenCalled();
    expect(late).not.toHaveBeenCalled();
  });
});
