/**
 * Serves every portal frame: turns DOM churn into at most one scan at a time, on idle time.
 * The MutationObserver callback only queues (cheap pushes); deciding whether a batch matters
 * happens later, off the page's critical path. No polling.
 */
// Form controls, and the actions a step without fields shows (M365's partner card has only links).
const CONTROL = 'input, select, textarea, button, a[href], [role="button"], [role="link"], [role="combobox"], [role="radiogroup"], [role="radio"], .fxc-dropdown-input, .ms-Dropdown';
const QUIET_MS = 150;
/** While no form is on screen, scans caused by page churn run at most this often. */
const IDLE_SCAN_INTERVAL_MS = 1000;

export interface ScanScheduler {
  /** Asks for a scan soon whatever changed (route change, state push, first run). */
  request(): void;
  /** In "watching" mode every change schedules a scan; otherwise only added form controls do. */
  setWatching(watching: boolean): void;
  stop(): void;
}

interface Timers {
  setTimeout(handler: () => void, ms: number): number;
}

/**
 * `everyBatch` runs after each quiet period whatever changed and must stay cheap (a few selector
 * reads); `scan` runs only when the batch may matter.
 */
export function createScanScheduler(root: Node, scan: () => Promise<void>, timers: Timers, everyBatch: () => void = () => {}): ScanScheduler {
  let queued: MutationRecord[][] = [];
  let pending = false;
  let running = false;
  let again = false;
  let watching = false;
  let forced = false;
  let lastIdleScan = -Infinity;
  /** A batch added something form-like that no scan has looked at yet. */
  let controlsAdded = false;

  const observer = new MutationObserver((records) => {
    queued.push(records);
    schedule();
  });
  // While watching a form, style and state changes matter too: a form parked off-screen or transparent is filled once it shows.
  const ATTRIBUTES = ['style', 'class', 'hidden', 'inert', 'aria-hidden', 'open', 'disabled'];
  const observe = (withAttributes: boolean) =>
    observer.observe(root, withAttributes ? { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES } : { childList: true, subtree: true });
  observe(false);

  function schedule() {
    if (pending) return;
    pending = true;
    timers.setTimeout(() => {
      const idle = (globalThis as { requestIdleCallback?: (cb: () => void, options: { timeout: number }) => void }).requestIdleCallback;
      if (idle) idle(() => void drain(), { timeout: 500 });
      else void drain();
    }, QUIET_MS);
  }

  /** True when a batch added something that may be (part of) a form. */
  function addsControls(batches: MutationRecord[][]): boolean {
    for (const records of batches) {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === 1 && ((node as Element).matches(CONTROL) || (node as Element).querySelector(CONTROL))) return true;
        }
      }
    }
    return false;
  }

  async function drain() {
    pending = false;
    const batches = queued;
    queued = [];
    everyBatch();
    controlsAdded ||= addsControls(batches);
    const idleScan = !forced && !watching;
    if (idleScan && !controlsAdded) return;
    if (idleScan && performance.now() - lastIdleScan < IDLE_SCAN_INTERVAL_MS) {
      schedule(); // too soon after the last idle scan: look again after the next quiet period
      return;
    }
    if (idleScan) lastIdleScan = performance.now();
    forced = false;
    controlsAdded = false;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await scan();
      } while (again);
    } finally {
      running = false;
    }
  }

  return {
    request() {
      forced = true;
      schedule();
    },
    setWatching(value) {
      if (value !== watching) observe(value);
      watching = value;
    },
    stop() {
      observer.disconnect();
    },
  };
}
