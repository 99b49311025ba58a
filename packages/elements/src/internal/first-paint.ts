/**
 * Runs `run` once, right after the browser has painted the next frame: a frame's callback runs before
 * its paint and a task queued from it after. A page in the background paints no frames; the timer
 * runs it there.
 */
export function afterFirstPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  requestAnimationFrame(() => setTimeout(once));
  setTimeout(once, 100);
}
