import type { TabRecord } from '../assistant/build-state';
import { formSnapshotSchema, tenantSignalSchema } from '../messages/assistant-messages';
import { z } from '../zod';
import { GUID } from '../ids';
import { MAX_DEBUG_TEXT } from '../swallowed';

/**
 * Schemas of what the background keeps in storage besides the settings (lib/settings/schema.ts). These
 * values are written by the background itself, but a stored value outlives the code that wrote it (an
 * update, a downgrade, a hand edit in devtools): each is checked when read, and one that does not fit is
 * read as empty, never passed on.
 */

const guid = z.string().regex(GUID);
const text = (max: number) => z.string().max(max);

const intendedCustomerSchema = z.object({
  name: text(256).optional(),
  tenantId: text(64).optional(),
  domain: text(256).optional(),
  role: z.enum(['indirectReseller', 'advisor']).nullable().optional(),
});

const hopSchema = z.object({ tenantId: guid, at: z.number() });

const pendingSubmissionSchema = z.object({
  snapshot: formSnapshotSchema,
  submittedAt: z.number(),
  ticketIdToBe: text(64).optional(),
  ticketId: text(64).optional(),
  number: text(32).nullable().optional(),
});

export const tabRecordSchema = z.object({
  signals: z.array(tenantSignalSchema).max(50).optional(),
  confirmed: z.boolean().optional(),
  intended: intendedCustomerSchema.nullable().optional(),
  partnerCenterUrl: text(4096).nullable().optional(),
  intendedUntil: z.number().optional(),
  hop: hopSchema.optional(),
  pending: pendingSubmissionSchema.optional(),
  assistantFrames: z.array(z.number().int().min(0)).max(64).optional(),
  supportLikely: z.boolean().optional(),
  supportUrl: text(8192).optional(),
}) satisfies z.ZodType<TabRecord>;

export const handoffSchema = z.object({
  intended: intendedCustomerSchema,
  partnerCenterUrl: text(4096),
  hopTenantId: guid.nullable(),
  at: z.number(),
});
/** One Partner Center click's intent, waiting for the tab it opens. */
export type Handoff = z.infer<typeof handoffSchema>;

/** When each SLA alert was shown, by `<ticketId>:<kind>` (so it is shown once). */
export const notifiedLogSchema = z.record(z.string().max(128), z.number());

/** A settings value that could not be read, kept for the partner to restore or discard. */
export const setAsideSchema = z.object({
  at: z.number(),
  raw: z.unknown(),
  problems: z.array(z.object({ path: z.string(), messageKey: z.string() })),
});
export const setAsideListSchema = z.array(setAsideSchema);
export type SetAside = z.infer<typeof setAsideSchema>;

/** Where a debug log entry came from: the background, or the kind of context that sent it (lib/messages/spec.ts). */
export const DEBUG_SOURCES = ['background', 'extensionPage', 'portalScript', 'partnerCenterScript'] as const;
export const MAX_DEBUG_ENTRIES = 100;

/** One debug log entry (lib/debug-log.ts): when, from which context, what the code was doing, and the error's text. */
export const debugEntrySchema = z.object({
  at: z.number(),
  source: z.enum(DEBUG_SOURCES),
  where: z.string().max(MAX_DEBUG_TEXT),
  message: z.string().max(MAX_DEBUG_TEXT),
});
export type DebugEntry = z.infer<typeof debugEntrySchema>;
export const debugLogSchema = z.array(debugEntrySchema).max(MAX_DEBUG_ENTRIES);

/** The value if it fits the schema, otherwise `empty` (with a trace in the worker's console). */
export function readAs<T>(schema: z.ZodType<T>, value: unknown, empty: T, what: string): T {
  if (value === null || value === undefined) return empty;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  console.warn(`Stored ${what} did not validate and is read as empty`, parsed.error.issues.slice(0, 3));
  return empty;
}
