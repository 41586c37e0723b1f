import { describe, expect, it, vi } from 'vitest';
import { isPush } from '../../../lib/messages/push';
import { swallowed } from '../../../lib/swallowed';

describe('isPush', () => {
  it('recognises a push by its type and nothing else', () => {
    expect(isPush({ type: 'ticketsChanged' }, 'ticketsChanged')).toBe(true);
    expect(isPush({ type: 'tabStatus' }, 'ticketsChanged')).toBe(false);
    expect(isPush(null, 'ticketsChanged')).toBe(false);
    expect(isPush('ticketsChanged', 'ticketsChanged')).toBe(false);
    expect(isPush({ name: 'ticketsChanged' }, 'ticketsChanged')).toBe(false);
  });
});

describe('swallowed', () => {
  it('writes the error at debug level with where it happened, and returns nothing', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const error = new Error('Could not establish connection. Receiving end does not exist.');
    expect(swallowed('telling open pages the tickets changed')(error)).toBeUndefined();
    expect(debug).toHaveBeenCalledWith('[CSP Support Assistant] telling open pages the tickets changed:', error);
  });
});
