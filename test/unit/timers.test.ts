import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { timerWhileValid } from '../../lib/timers';

function fakeContext() {
  const callbacks: (() => void)[] = [];
  let valid = true;
  const invalidate = () => {
    for (const callback of callbacks) callback();
  };
  return {
    onInvalidated: vi.fn((callback: () => void) => void callbacks.push(callback)),
    invalidate,
    // As WXT's getter: reading it once the runtime is gone invalidates the context.
    get isValid() {
      if (valid) {
        valid = false;
        invalidate();
      }
      return valid;
    },
  };
}

describe('timerWhileValid', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the callback after the delay while the context is valid', () => {
    const later = timerWhileValid(fakeContext(), () => true);
    const run = vi.fn();
    later(run, 30);
    vi.advanceTimersByTime(29);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledOnce();
  });

  it('skips a callback whose timer fires after the context was invalidated', () => {
    const context = fakeContext();
    const later = timerWhileValid(context, () => true);
    const run = vi.fn();
    later(run, 30);
    context.invalidate();
    vi.advanceTimersByTime(30);
    expect(run).not.toHaveBeenCalled();
  });

  it('listens for invalidation once, however many timers it sets', () => {
    const context = fakeContext();
    const later = timerWhileValid(context, () => true);
    for (let index = 0; index < 100; index++) later(() => undefined, 10);
    expect(context.onInvalidated).toHaveBeenCalledOnce();
  });

  it('a timer that finds the runtime gone asks the context, which invalidates it: that callback and later ones are skipped', () => {
    const context = fakeContext();
    const stopped = vi.fn();
    context.onInvalidated(stopped);
    const later = timerWhileValid(context, () => false);
    const run = vi.fn();
    later(run, 10);
    later(run, 20);
    vi.advanceTimersByTime(20);
    expect(run).not.toHaveBeenCalled();
    expect(stopped).toHaveBeenCalledOnce();
  });
});
