import { useEffect, useState } from 'preact/hooks';

/**
 * How many of `total` rows to draw: at first only the `firstScreen` rows a window shows before it
 * scrolls, then, once that frame has painted, all of them. Building and laying out fifty rows took
 * longer than fetching them (scripts/bench.ts, popup first row); the rows below the fold can wait a
 * frame. Later changes (a reload, "Show more") draw every row at once.
 */
export function useFirstScreen(total: number, firstScreen: number): number {
  const [complete, setComplete] = useState(false);
  const waiting = !complete && total > firstScreen;
  useEffect(() => {
    if (!waiting) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // rAF runs before the frame's paint; the timeout after it, so the first rows show first.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waiting]);
  return waiting ? firstScreen : total;
}
