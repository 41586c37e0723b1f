import { z } from '../zod';
import type { FieldIssue } from '../issues';
import type { SaveResult } from '../settings/store';
import type { Settings } from '../settings/schema';
import type { PolicyLocks } from '../settings/policy';
import type { MessageSpec } from './spec';

/** Settings: read and written only by extension pages (content scripts get what they need in the assistant state). */
export const settingsMessages = {
  getSettings: { from: ['extensionPage'], request: z.undefined() },
  /** `base`: the settings the page loaded, so changes made elsewhere since then are merged, not overwritten. */
  saveSettings: { from: ['extensionPage'], request: z.object({ settings: z.unknown(), base: z.unknown().optional() }) },
  importSettings: { from: ['extensionPage'], request: z.object({ text: z.string() }) },
  getSettingsSetAside: { from: ['extensionPage'], request: z.undefined() },
  discardSettingsSetAside: { from: ['extensionPage'], request: z.object({ at: z.number() }) },
  /** What the organisation's policy locks, for the options page. */
  getSettingsPolicy: { from: ['extensionPage'], request: z.undefined() },
} as const satisfies Record<string, MessageSpec>;

/** A stored settings value that could not be read: when, why (by field), and the value itself as JSON text. */
export interface SetAsideView {
  at: number;
  problems: FieldIssue[];
  text: string;
}

export interface SettingsResponses {
  getSettings: Settings;
  saveSettings: SaveResult;
  importSettings: SaveResult;
  getSettingsSetAside: SetAsideView[];
  discardSettingsSetAside: boolean;
  getSettingsPolicy: PolicyLocks;
}
