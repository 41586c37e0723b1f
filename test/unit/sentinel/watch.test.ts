import { describe, expect, it, vi } from 'vitest';
import { watchForSupportForm } from '../../../lib/sentinel/watch';

/** Timers the test runs by hand: nothing happens until `flush`. */
function manualDefer() {
  const due: (() => void)[] = [];
  return {
    defer: (run: () => void) => void due.push(run),
    flush: () => {
      for (const run of due.splice(0)) run();
    },
    pending: () => due.length,
  };
}

function frame(html = '<main><h1>Virtual machines</h1></main>') {
  document.body.innerHTML = html;
  return document.documentElement;
}

const grid = (rows: number) => Array.from({ length: rows }, (_, n) => `<div class="fxc-gc-row"><a href="#">vm-${n}</a><button>Start</button><input aria-label="Select"></div>`).join('');

describe('the sentinel watches a frame for the first sign of a support form', () => {
  it('a frame that already shows support-form labels is a candidate at once', () => {
    const onCandidate = vi.fn();
    watchForSupportForm({ root: frame('<label>Support plan</label>'), headset: false, onCandidate, defer: manualDefer().defer }).stop();
    expect(onCandidate).toHaveBeenCalledOnce();
  });

  it('grid churn with links, buttons and inputs is no candidate; the callback only queues', async () => {
    const timers = manualDefer();
    const onCandidate = vi.fn();
    const watch = watchForSupportForm({ root: frame(), headset: false, onCandidate, defer: timers.defer });
    for (let step = 0; step < 5; step++) document.querySelector('main')?.insertAdjacentHTML('beforeend', grid(20));
    await vi.waitFor(() => expect(timers.pending()).toBe(1)); // one deferred look for all the batches
    timers.flush();
    expect(onCandidate).not.toHaveBeenCalled();
    watch.stop();
  });

  it("a data grid's rows are not read, even when their cells say Severity; a form added beside the grid in the same batch still is", async () => {
    const timers = manualDefer();
    const onCandidate = vi.fn();
    const watch = watchForSupportForm({ root: frame('<main><div role="grid" id="requests"></div></main>'), headset: false, onCandidate, defer: timers.defer });
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<div role="row"><span role="gridcell">2412010040000${i}</span><span role="gridcell">Severity B</span></div>`).join('');
    document.getElementById('requests')?.insertAdjacentHTML('beforeend', rows(20));
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<div role="treegrid"><div role="row">Support plan</div></div>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    expect(onCandidate).not.toHaveBeenCalled();
    document.getElementById('requests')?.insertAdjacentHTML('beforeend', rows(5));
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<section><label>Severity</label><div role="combobox"></div></section>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    expect(onCandidate).toHaveBeenCalledOnce();
    watch.stop();
  });

  it('a blade that renders the form later (Spanish labels) is a candidate once, then the frame is left alone', async () => {
    const timers = manualDefer();
    const onCandidate = vi.fn();
    const watch = watchForSupportForm({ root: frame(), headset: false, onCandidate, defer: timers.defer });
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<section><label>Gravedad</label><div role="combobox"></div></section>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    expect(onCandidate).toHaveBeenCalledOnce();
    document.querySelector('main')?.insertAdjacentHTML('beforeend', '<label>Plan de soporte</label>');
    await Promise.resolve();
    expect(timers.pending()).toBe(0); // disconnected: nothing more is queued
    watch.stop();
  });

  it('text a Knockout binding writes into an existing node counts (a characterData change)', async () => {
    const timers = manualDefer();
    const onCandidate = vi.fn();
    const root = frame('<main><span id="label">…</span></main>');
    const watch = watchForSupportForm({ root, headset: false, onCandidate, defer: timers.defer });
    const text = document.getElementById('label')?.firstChild as Text;
    text.data = 'Problem subtype';
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    expect(onCandidate).toHaveBeenCalledOnce();
    watch.stop();
  });

  it('Microsoft 365: the icon-only headset button counts; on Azure it does not', async () => {
    for (const headset of [true, false]) {
      const timers = manualDefer();
      const onCandidate = vi.fn();
      const watch = watchForSupportForm({ root: frame(), headset, onCandidate, defer: timers.defer });
      document.querySelector('main')?.insertAdjacentHTML('beforeend', '<button><i data-icon-name="Headset"></i></button>');
      await vi.waitFor(() => expect(timers.pending()).toBe(1));
      timers.flush();
      expect(onCandidate).toHaveBeenCalledTimes(headset ? 1 : 0);
      watch.stop();
    }
  });

  it('the top frame keeps watching after a candidate, for its tenant check after each batch', async () => {
    const timers = manualDefer();
    const onBatch = vi.fn();
    const onCandidate = vi.fn();
    const watch = watchForSupportForm({ root: frame('<p>New support request</p>'), headset: false, onCandidate, onBatch, defer: timers.defer });
    document.querySelector('p')?.insertAdjacentHTML('afterend', '<p>Contoso Ltd</p>');
    await vi.waitFor(() => expect(timers.pending()).toBe(1));
    timers.flush();
    expect(onCandidate).toHaveBeenCalledOnce();
    expect(onBatch).toHaveBeenCalledOnce();
    watch.stop();
  });
});
