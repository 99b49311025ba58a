import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './after-first-paint.js';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'visibilityState');
});

const nextTask = () => new Promise((resolve) => setTimeout(resolve));

describe('afterFirstPaint', () => {
  it('waits for a frame, and runs in a task after it, not in the frame', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const run = vi.fn();
    afterFirstPaint(run);
    await nextTask();
    expect(run).not.toHaveBeenCalled();
    frames[0]?.(performance.now());
    expect(run).not.toHaveBeenCalled();
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs in the next task on a page in the background, which paints no frames', async () => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const run = vi.fn();
    afterFirstPaint(run);
    await nextTask();
    expect(run).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });
});
