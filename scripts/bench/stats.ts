/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

/** A small seeded generator (mulberry32): the same samples give the same interval on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * How far a figure drawn from a few runs can be trusted: a 95 % bootstrap interval of
 * `statistic(medians)`, each set of runs resampled with replacement and its median taken. On a machine
 * whose speed drifts from run to run, a median (or a ratio of two) can land either side of a goal by
 * chance; the interval says how wide that chance is.
 */
export function bootstrapInterval(sets: readonly (readonly number[])[], statistic: (medians: number[]) => number, resamples = 2000): [number, number] {
  const random = seededRandom(0x5eed);
  const resample = (values: readonly number[]) => values.map(() => values[Math.floor(random() * values.length)] ?? Number.NaN);
  const outcomes = Array.from({ length: resamples }, () => statistic(sets.map((values) => median(resample(values)))));
  return [percentile(outcomes, 2.5), percentile(outcomes, 97.5)];
}

/** One figure of the bench, with its goal when the issue sets one. */
export interface Figure {
  name: string;
  value: number;
  unit: 'B' | 'ms' | '×' | 's';
  /** The value must be at most this. */
  goal?: number;
  detail?: string;
}

export const meets = (figure: Figure) => figure.goal === undefined || figure.value <= figure.goal;

const format = (value: number, unit: Figure['unit']) => (unit === 'B' ? `${Math.round(value)} B` : unit === '×' ? `×${value.toFixed(3)}` : `${value.toFixed(unit === 's' ? 2 : 1)} ${unit}`);

/** The table the bench prints (Markdown, so the README can quote it as it is). */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.name,
    format(figure.value, figure.unit),
    figure.goal === undefined ? '—' : `≤ ${format(figure.goal, figure.unit)}`,
    figure.goal === undefined ? '' : meets(figure) ? 'met' : 'MISSED',
    figure.detail ?? '',
  ]);
  const head = ['figure', 'measured', 'goal', '', 'how'];
  const lines = [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`);
  return lines.join('\n');
}
