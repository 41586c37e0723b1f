/** What the helper needs of WXT's content-script context. */
export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
}

/**
 * A `setTimeout` for content scripts that skips its callback once the extension's context is gone
 * (the extension was updated, reloaded or removed while the page stayed open). WXT's
 * `ctx.setTimeout` does the same, but adds an abort listener for every call that is never removed,
 * and reads `browser.runtime.id` through the polyfill each time a timer fires. The portal sentinel
 * queues a look at every burst of page changes: in a CPU profile of the bench's storm those wrappers
 * were about a quarter of its sampled script time, and the list of listeners only grew while the tab
 * stayed open.
 */
export function timerWhileValid(context: InvalidationSource): (run: () => void, ms: number) => void {
  let valid = true;
  context.onInvalidated(() => {
    valid = false;
  });
  return (run, ms) => {
    setTimeout(() => {
      if (valid) run();
    }, ms);
  };
}
