/**
 * Runs `run` once, right after the browser has painted its next frame: a frame's callback runs before
 * its paint, and a task queued from it after. A page in the background paints no frames (and a page
 * without them, a test's DOM, has no `requestAnimationFrame`): there it runs in the next task.
 *
 * @param run - what waits for the paint (the rest of a form, the code of the elements not yet shown)
 * @example afterFirstPaint(() => element.requestUpdate())
 */
export function afterFirstPaint(run: () => void): void {
  if (typeof requestAnimationFrame !== 'function' || document.visibilityState === 'hidden') {
    setTimeout(run);
    return;
  }
  requestAnimationFrame(() => setTimeout(run));
}
