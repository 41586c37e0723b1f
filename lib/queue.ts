/**
 * The background's three ways of running promise jobs one at a time, built on one mechanism: a chain
 * per key, where each job starts when the previous one has settled, whatever its outcome.
 */

/**
 * One chain per key (a tab id): jobs for one key run one at a time, jobs for different keys do not
 * wait for each other. A key's entry is removed when its last job settles, so keys that come and go
 * (closed tabs) leave nothing behind.
 */
export function createKeyedQueue<K>(): <T>(key: K, job: () => Promise<T>) => Promise<T> {
  const chains = new Map<K, Promise<unknown>>();
  return <T>(key: K, job: () => Promise<T>) => {
    const run = (chains.get(key) ?? Promise.resolve()).then(job);
    // The caller gets `run` and its failure; the chain only needs to know it settled.
    const settled = run.catch(() => undefined);
    chains.set(key, settled);
    void settled.then(() => {
      if (chains.get(key) === settled) chains.delete(key);
    });
    return run;
  };
}

/** One chain: read-modify-write on one stored value goes through one of these so no update is lost. */
export function createQueue(): <T>(job: () => Promise<T>) => Promise<T> {
  const keyed = createKeyedQueue<null>();
  return (job) => keyed(null, job);
}

/**
 * A job that runs one at a time and is never queued twice: callers arriving while a run waits share
 * that run; one arriving while it runs gets the next. For work that reads the latest state anyway
 * (rebuilding every alarm), where two waiting runs would do the same thing twice.
 */
export function createCoalescedRun(job: () => Promise<void>): () => Promise<void> {
  const serial = createQueue();
  let waiting: Promise<void> | null = null;
  return () => {
    waiting ??= serial(async () => {
      waiting = null;
      await job();
    });
    return waiting;
  };
}
