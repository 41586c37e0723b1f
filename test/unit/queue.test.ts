import { describe, expect, it } from 'vitest';
import { createCoalescedRun, createKeyedQueue, createQueue } from '../../lib/queue';

/** A promise the test settles by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

describe('queues', () => {
  it('runs one job at a time, in order, and a failure does not stop the next', async () => {
    const serial = createQueue();
    const order: string[] = [];
    const first = gate();
    const a = serial(async () => {
      await first.opened;
      order.push('a');
    });
    const b = serial(async () => {
      order.push('b');
      throw new Error('b failed');
    });
    const c = serial(async () => {
      order.push('c');
      return 'c done';
    });
    expect(order).toEqual([]);
    first.open();
    await a;
    await expect(b).rejects.toThrow('b failed');
    expect(await c).toBe('c done');
    expect(order).toEqual(['a', 'b', 'c']);
  });

  it('keeps keys apart: a slow tab does not hold up another', async () => {
    const perTab = createKeyedQueue<number>();
    const slow = gate();
    const order: string[] = [];
    const one = perTab(1, async () => {
      await slow.opened;
      order.push('tab 1');
    });
    await perTab(2, async () => {
      order.push('tab 2');
    });
    expect(order).toEqual(['tab 2']);
    slow.open();
    await one;
    expect(order).toEqual(['tab 2', 'tab 1']);
  });

  it('callers arriving while a run waits share it; one arriving while it runs gets the next', async () => {
    let runs = 0;
    const running = gate();
    const release = gate();
    const refresh = createCoalescedRun(async () => {
      runs += 1;
      if (runs === 1) {
        running.open();
        await release.opened;
      }
    });
    const first = refresh();
    await running.opened;
    const second = refresh();
    const third = refresh();
    expect(third).toBe(second);
    expect(second).not.toBe(first);
    release.open();
    await Promise.all([first, second, third]);
    expect(runs).toBe(2);
  });
});
