/**
 * A one-at-a-time queue: each job starts when the previous one has settled, whatever its outcome.
 * Read-modify-write on one stored value goes through one of these so no update is lost.
 */
export function createQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>) => {
    const run = tail.then(job);
    // The caller gets `run` and its failure; the queue only needs to know it settled.
    tail = run.catch(() => undefined);
    return run;
  };
}
