/**
 * The assistant's scan timing: turns DOM churn into at most one scan at a time. The MutationObserver
 * callback only queues the records and a microtask; that microtask sorts them. A batch that added form
 * controls (a form or wizard step the framework just rendered) is scanned right there, in the same task,
 * so the step is filled before the browser first paints it (and, when that scan saw no form, once more
 * after the task); any other change waits for the next task and matters only while a form is shown.
 * No polling, no waiting for the page to settle: the assistant only runs in a frame where the sentinel
 * saw a support form coming, a framework commits a step in one go, and a scan that comes too early is
 * followed by the next one. While no form is shown, scans caused by page churn run at most once a second.
 */
// Form controls, and the actions a step without fields shows (M365's partner card has only links).
const CONTROL = 'input, select, textarea, button, a[href], [role="button"], [role="link"], [role="combobox"], [role="radiogroup"], [role="radio"], .fxc-dropdown-input, .ms-Dropdown';
/** Delay of a scan that is not for added controls (a request, a change while watching): the next task, so one task's changes make one scan. */
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
  /** A microtask will sort the queued batches. */
  let sorting = false;
  /** When the timer that will drain is due (Infinity: none), and which one it is (an earlier one replaces it). */
  let timerDue = Infinity;
  let timerToken = 0;
  let running = false;
  let again = false;
  let watching = false;
  let forced = false;
  let lastIdleScan = -Infinity;
  /** A batch added something form-like that no scan has looked at yet. */
  let controlsAdded = false;
  /** The next timed scan is the look after the task of a scan that saw controls but no form. */
  let lookAgain = false;

  const observer = new MutationObserver((records) => {
    queued.push(records);
    if (sorting) return;
    sorting = true;
    queueMicrotask(sort);
  });
  // While watching a form, style and state changes matter too: a form parked off-screen or transparent is filled once it shows.
  const ATTRIBUTES = ['style', 'class', 'hidden', 'inert', 'aria-hidden', 'open', 'disabled'];
  const observe = (withAttributes: boolean) =>
    observer.observe(root, withAttributes ? { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES } : { childList: true, subtree: true });
  observe(false);

  /** Drains after `ms`, unless a timer is already due sooner; a sooner one replaces a later one (a request does not wait out the idle limit). */
  function later(ms: number) {
    const due = performance.now() + ms;
    if (due >= timerDue) return;
    timerDue = due;
    const token = ++timerToken;
    timers.setTimeout(() => {
      if (token !== timerToken) return;
      timerDue = Infinity;
      void drain();
    }, ms);
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

  function sort() {
    sorting = false;
    const batches = queued;
    queued = [];
    if (addsControls(batches)) {
      controlsAdded = true;
      const throttled = !forced && !watching && performance.now() - lastIdleScan < IDLE_SCAN_INTERVAL_MS;
      void drain().then(() => {
        // No form seen: a framework that renders in several microtasks (its labels after its controls)
        // may not be done. One more look after this task, whatever the idle limit.
        if (!throttled && !watching) {
          lookAgain = true;
          later(QUIET_MS);
        }
      });
    } else if (watching) later(QUIET_MS);
  }

  async function drain() {
    const idleScan = !forced && !watching && !lookAgain;
    lookAgain = false;
    if (idleScan && !controlsAdded) return;
    if (idleScan) {
      // Too soon after the last idle scan: one timer for the rest of the interval (the added controls are remembered).
      const wait = lastIdleScan + IDLE_SCAN_INTERVAL_MS - performance.now();
      if (wait > 0) return later(wait);
      lastIdleScan = performance.now();
    }
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
      later(QUIET_MS);
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
