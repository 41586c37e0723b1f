/**
 * The assistant's scan timing: turns DOM churn into at most one scan at a time, in the task after the
 * change. The MutationObserver callback only queues (cheap pushes); deciding whether a batch matters
 * happens later, off the page's critical path. No polling. There is no waiting for the page to settle:
 * the assistant only runs in a frame where the sentinel saw a support form coming, a framework commits
 * a step in one go, and a scan that comes too early is followed by the next one (a form rendered is
 * filled within a few tens of milliseconds). Churn that adds no form control is scanned at most once a second.
 */
// Form controls, and the actions a step without fields shows (M365's partner card has only links).
const CONTROL = 'input, select, textarea, button, a[href], [role="button"], [role="link"], [role="combobox"], [role="radiogroup"], [role="radio"], .fxc-dropdown-input, .ms-Dropdown';
/** Delay of the scan after the first change of a batch: the next task, so one task's changes make one scan. */
export const QUIET_MS = 0;
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

/** `scan` runs only when a batch may matter: it added a form control, or the caller asked, or it is watching. */
export function createScanScheduler(root: Node, scan: () => Promise<void>, timers: Timers): ScanScheduler {
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
    timers.setTimeout(() => void drain(), QUIET_MS);
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
