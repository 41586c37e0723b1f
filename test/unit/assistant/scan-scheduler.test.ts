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
  return { timers, scan, scheduler, add };
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

  it('changes that add no form control cause no scan while no form is shown', async () => {
    const { timers, scan, scheduler, add } = setup();
    add('<p>Loading…</p><span>Resource 1 · Running</span>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    await Promise.resolve();
    expect(scan).not.toHaveBeenCalled();
    scheduler.stop();
  });

  it('an added control (a Fluent dropdown) is scanned', async () => {
    const { timers, scan, scheduler, add } = setup();
    add('<div class="ms-Dropdown" role="combobox"></div>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    await vi.waitFor(() => expect(scan).toHaveBeenCalledOnce());
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
