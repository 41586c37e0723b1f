import { z } from '../zod';
import type { SaveResult } from '../settings/store';
import type { Settings } from '../settings/schema';
import type { MessageSpec } from './spec';

/** Settings: read by every page and content script, written only from extension pages. */
export const settingsMessages = {
  getSettings: { from: ['extensionPage'], request: z.undefined() },
  saveSettings: { from: ['extensionPage'], request: z.unknown() },
  importSettings: { from: ['extensionPage'], request: z.object({ text: z.string() }) },
} as const satisfies Record<string, MessageSpec>;

export interface SettingsResponses {
  getSettings: Settings;
  saveSettings: SaveResult;
  importSettings: SaveResult;
}
