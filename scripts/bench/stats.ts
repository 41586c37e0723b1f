/** Nearest-rank percentile (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: readonly number[]) => percentile(values, 50);

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
