import { useEffect, useState } from 'preact/hooks';

/** A number that grows each time `subscribe`'s callback fires: hand it to TicketBoard's reloadSignal. */
export function useChangeSignal(subscribe?: (onChange: () => void) => () => void, extra = 0): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => subscribe?.(() => setChanges((value) => value + 1)), [subscribe]);
  return changes + extra;
}
