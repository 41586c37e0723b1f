import { describe, expect, it, vi } from 'vitest';
import { createScanScheduler, QUIET_MS } from '../../../lib/assistant/scan-scheduler';

/** Timers the test runs by hand, remembering each delay. */
function manualTimers() {
  const due: { run: () => void; ms: number }[] = [];
  return {
    setTimeout: (run: () => void, ms: number) => due.push({ run, ms }),
    delays: () => due.map((entry) => entry.ms),
    flush: () => {
      for (const entry of due.splice(0)) entry.run();
    },
    pending: () => due.length,
  };
}

function setup() {
  document.body.innerHTML = '<main></main>';
  const timers = manualTimers();
  const scan = vi.fn(async () => {});
  const scheduler = createScanScheduler(document.documentElement, scan, timers);
  const add = (html: string) => document.querySelector('main')?.insertAdjacentHTML('beforeend', html);
  /** The observer's records, then the microtask it queued, have run. */
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return { timers, scan, scheduler, add, settle };
}

describe('the assistant scan scheduler', () => {
  it('a request scans once after the short pause', async () => {
    const { timers, scan, scheduler } = setup();
    scheduler.request();
    scheduler.request();
    expect(timers.delays()).toEqual([QUIET_MS]);
    timers.flush();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledOnce());
    scheduler.stop();
  });

  it('changes that add no form control cause no scan and set no timer while no form is shown', async () => {
    const { timers, scan, scheduler, add, settle } = setup();
    add('<p>Loading…</p><span>Resource 1 · Running</span>');
    await settle();
    expect(timers.pending()).toBe(0);
    expect(scan).not.toHaveBeenCalled();
    scheduler.stop();
  });

  it('an added control (a Fluent dropdown) is scanned in the same task, before any timer; a scan that finds the form asks for no second look', async () => {
    const { timers, scan, scheduler, add } = setup();
    scan.mockImplementation(async () => scheduler.setWatching(true));
    add('<div class="ms-Dropdown" role="combobox"></div>');
    // Microtasks only: the step is filled before the browser paints it.
    await Promise.resolve();
    await Promise.resolve();
    expect(scan).toHaveBeenCalledOnce();
    await Promise.resolve();
    expect(timers.pending()).toBe(0);
    scheduler.stop();
  });

  it('a scan of added controls that finds no form looks once more after the task (labels a framework renders a microtask later)', async () => {
    const { timers, scan, scheduler, add, settle } = setup();
    add('<div role="combobox"></div>');
    await settle();
    expect(scan).toHaveBeenCalledOnce();
    expect(timers.delays()).toEqual([QUIET_MS]);
    timers.flush();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(2));
    expect(timers.pending()).toBe(0);
    scheduler.stop();
  });

  it('while no form is shown, controls added again within a second wait for one timer, not a loop of them', async () => {
    const { timers, scan, scheduler, add, settle } = setup();
    add('<button>Start</button>');
    await settle();
    expect(scan).toHaveBeenCalledOnce();
    timers.flush(); // the look after the task
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(2));
    scan.mockClear();
    add('<button>Stop</button>');
    add('<button>Restart</button>');
    await settle();
    expect(scan).not.toHaveBeenCalled();
    expect(timers.pending()).toBe(1);
    expect(timers.delays()[0]).toBeGreaterThan(900);
    vi.spyOn(performance, 'now').mockReturnValue(performance.now() + 1000);
    timers.flush();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledOnce());
    expect(timers.pending()).toBe(0);
    vi.restoreAllMocks();
    scheduler.stop();
  });

  it('a request while the idle limit holds a scan back is not held back with it', async () => {
    const { timers, scan, scheduler, add, settle } = setup();
    add('<button>Start</button>');
    await settle();
    timers.flush(); // the look after the task
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(2));
    add('<button>Stop</button>');
    await settle();
    expect(timers.delays()).toEqual([expect.any(Number)]);
    expect(timers.delays()[0]).toBeGreaterThan(900);
    scheduler.request(); // the background pushed a new state
    expect(timers.delays().at(-1)).toBe(QUIET_MS);
    timers.flush();
    // The request's timer scans; the replaced one does nothing.
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(3));
    await settle();
    expect(scan).toHaveBeenCalledTimes(3);
    scheduler.stop();
  });

  it('while watching a shown form, any change is scanned; a scan asked for during one runs right after it', async () => {
    const { timers, scan, scheduler, add } = setup();
    let finish: () => void = () => {};
    scan.mockImplementationOnce(() => new Promise<void>((resolve) => (finish = resolve)));
    scheduler.setWatching(true);
    add('<p>Step 2</p>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(1));
    scheduler.request(); // arrives while the first scan runs
    timers.flush();
    finish();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledTimes(2));
    scheduler.stop();
  });
});
