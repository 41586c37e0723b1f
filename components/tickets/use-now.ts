import { useEffect, useState } from 'preact/hooks';

/**
 * The current time, re-read every `intervalMs`. One timer for the whole list: every
 * countdown is computed from its due time and this value, never counted down itself.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
