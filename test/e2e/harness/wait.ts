/**
 * The one way the E2E suites, the demo and the benchmarks wait from Node: until a condition holds.
 * A probe is asked again every `interval` ms (a re-check, never a pause that stands in for a
 * condition) until it returns something truthy; past `timeout` the error names what was awaited
 * and the last thing the probe saw.
 */
export interface WaitOptions {
  timeout?: number;
  interval?: number;
}

export async function waitUntil<T>(what: string, probe: () => Promise<T | null | undefined | false | ''> | T | null | undefined | false | '', options: WaitOptions = {}): Promise<T> {
  const { timeout = 10_000, interval = 100 } = options;
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as T;
      last = value;
    } catch (error) {
      // A frame that navigated or a handle that went stale: the next probe reads the new page.
      last = error instanceof Error ? error.message : error;
    }
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeout} ms waiting for ${what} (last seen: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Like `waitUntil`, but false (never throws) when the condition did not hold in time. */
export async function holdsWithin(probe: () => Promise<unknown> | unknown, options: WaitOptions = {}): Promise<boolean> {
  return waitUntil('a brief condition', async () => Boolean(await probe()), options).then(
    () => true,
    () => false,
  );
}
