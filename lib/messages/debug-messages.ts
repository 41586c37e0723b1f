import { MAX_DEBUG_TEXT } from '../swallowed';
import type { DebugEntry } from '../storage/records';
import { z } from '../zod';
import type { MessageSpec } from './spec';

/**
 * The debug log (lib/debug-log.ts): any context reports an error it went on without; the options
 * page reads the log, switches it on or off, and clears it.
 */
export const debugMessages = {
  logSwallowed: {
    from: ['extensionPage', 'portalScript', 'partnerCenterScript'],
    request: z.strictObject({ where: z.string().max(MAX_DEBUG_TEXT), message: z.string().max(MAX_DEBUG_TEXT) }),
  },
  getDebugLog: { from: ['extensionPage'], request: z.undefined() },
  setDebugLog: { from: ['extensionPage'], request: z.strictObject({ enabled: z.boolean() }) },
  clearDebugLog: { from: ['extensionPage'], request: z.undefined() },
} as const satisfies Record<string, MessageSpec>;

export interface DebugLogView {
  enabled: boolean;
  /** Newest first. */
  entries: DebugEntry[];
}

export interface DebugResponses {
  /** false when the log is off (nothing was kept). */
  logSwallowed: boolean;
  getDebugLog: DebugLogView;
  setDebugLog: DebugLogView;
  clearDebugLog: DebugLogView;
}
