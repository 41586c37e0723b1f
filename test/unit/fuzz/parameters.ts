/**
 * The fuzz properties' shared settings. The seed is fixed so that `npm test` runs the same cases on
 * every machine and a red run can be repeated: a random seed once turned CI red on a case no run
 * before had drawn. To explore new cases, `FUZZ_SEED=<any integer> npx vitest run test/unit/fuzz`;
 * a failure prints the seed and path that reproduce it.
 */
export const FUZZ_RUNS = { numRuns: 1000, seed: Number(process.env.FUZZ_SEED ?? 20_261_206) };

/**
 * A ceiling, not a timing claim: a thousand runs take a second or two, but several times that under
 * coverage on a slow day (the stored-values property once passed vitest's default 5 s there).
 */
export const FUZZ_TIMEOUT_MS = 120_000;
