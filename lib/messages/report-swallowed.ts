import { setSwallowedSink } from '../swallowed';
import { send } from './client';

/**
 * Sends this context's swallowed errors (lib/swallowed.ts) to the background's debug log, which keeps
 * them only while the partner has it switched on. A report that does not arrive stays in the console.
 */
export function reportSwallowedToBackground(): void {
  setSwallowedSink((report) => void send('logSwallowed', report).catch((error: unknown) => console.debug('[CSP Support Assistant] debug log not reached:', error)));
}
