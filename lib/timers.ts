/** What the helper needs of WXT's content-script context. */
export interface InvalidationSource {
  onInvalidated(callback: () => void): unknown;
  /** WXT's getter: reading it when the runtime is gone aborts the context, which runs its onInvalidated callbacks. */
  readonly isValid: boolean;
}

/** The extension's runtime as this script sees it, read without the polyfill's proxy: its id is gone once the extension is. */
const runtimeAlive = () => Boolean((globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id);

/**
 * A `setTimeout` for content scripts that skips its callback once the extension's context is gone
 * (the extension was updated, reloaded or removed while the page stayed open). WXT's
 * `ctx.setTimeout` does the same, but adds an abort listener for every call that is never removed,
 * and reads `browser.runtime.id` through the polyfill each time a timer fires. The portal sentinel
 * queues a look at every burst of page changes: in a CPU profile of the bench's storm those wrappers
 * were about a quarter of its sampled script time, and the list of listeners only grew while the tab
 * stayed open. Here the context is listened to once, and a timer that finds the runtime gone asks
 * the context, so its invalidation (the sentinel's observer stopping) still follows.
 */
export function timerWhileValid(context: InvalidationSource, alive: () => boolean = runtimeAlive): (run: () => void, ms: number) => void {
  let valid = true;
  context.onInvalidated(() => {
    valid = false;
  });
  return (run, ms) => {
    setTimeout(() => {
      if (valid && !alive()) valid = context.isValid;
      if (valid) run();
    }, ms);
  };
}
