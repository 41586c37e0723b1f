import { REQUEST_NUMBER } from '../ids';
import { z } from '../zod';
import { EARLIEST_TICKET_MS, MAX_AHEAD_MS } from './bounds';
import { domainSchema, tenantIdSchema } from '../settings/schema';
import { cleanPageText } from '../page-text';
import { CONTACT_METHODS, PORTALS } from '../portal';
import { TICKET_SEVERITIES } from '../severity';

/**
 * The ticket log's data model. As in settings, error messages are i18n message
 * names (errRequired when a field is missing, errType for a wrong kind of value),
 * so import reports can be localised.
 */

/** An error callback: "errRequired" for a missing value, otherwise `key`. */
const message = (key: string) => (issue: { input?: unknown }) => (issue.input === undefined ? 'errRequired' : key);

/** Page text: single line, no control characters, capped at `max` code points. */
const cleanedPageText = (max: number) => z.string({ error: message('errType') }).transform((value) => cleanPageText(value, max));
/** Optional page text: empty after cleaning means "not known" (null). */
const optionalText = (max: number) =>
  z
    .string({ error: message('errType') })
    .nullable()
    .transform((value) => (value === null ? null : cleanPageText(value, max) || null));

/**
 * A ticket's instant: an integer from 2010 to a day from now. Anything else is a broken export or a
 * typo, and would make every date on screen fail ("Invalid time value") or pin a record for ever.
 */
export const epochMsSchema = z
  .number({ error: message('errTimestamp') })
  .int({ error: 'errTimestamp' })
  .min(EARLIEST_TICKET_MS, { error: 'errTimestampRange' })
  .refine((ms) => ms <= Date.now() + MAX_AHEAD_MS, { error: 'errTimestampFuture' });

export const ticketNumberSchema = z
  .string({ error: message('errTicketNumber') })
  .trim()
  .regex(REQUEST_NUMBER, { error: 'errTicketNumber' });

/** BCP 47 tag in canonical form ('en_us' → 'en-US'); empty means unknown (null). */
export const supportLanguageSchema = z
  .string({ error: message('errLanguage') })
  .nullable()
  .transform((value, ctx) => {
    const tag = value?.trim().replace(/_/g, '-') ?? '';
    if (tag === '') return null;
    const canonical = canonicalLocale(tag);
    if (canonical) return canonical;
    ctx.issues.push({ code: 'custom', message: 'errLanguage', input: value });
    return z.NEVER;
  });

/**
 * Intl.getCanonicalLocales was 14.5 % of the time spent validating 50,000 tickets (a Node CPU
 * profile), and a log holds a handful of languages: an import asks it the same few tags again and again.
 */
const canonicalLocales = new Map<string, string | null>();
const MAX_CACHED_LOCALES = 200;

function canonicalLocale(tag: string): string | null {
  const known = canonicalLocales.get(tag);
  if (known !== undefined) return known;
  let canonical: string | null = null;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    // Not a BCP 47 tag: the caller reports it.
  }
  if (canonicalLocales.size < MAX_CACHED_LOCALES) canonicalLocales.set(tag, canonical);
  return canonical;
}

export const ticketSeveritySchema = z.enum(TICKET_SEVERITIES, { error: message('errInvalid') });
export const portalSchema = z.enum(PORTALS, { error: message('errInvalid') });
export const ticketContactMethodSchema = z.enum(CONTACT_METHODS, { error: message('errContactMethod') }).nullable();

export const pausedIntervalSchema = z
  .object({ from: epochMsSchema, to: epochMsSchema.nullable() }, { error: message('errType') })
  .refine((pause) => pause.to === null || pause.to >= pause.from, { error: 'errPauseOrder', path: ['to'] });

export const pausedIntervalsSchema = z
  .array(pausedIntervalSchema, { error: message('errType') })
  .max(200, { error: 'errTooMany' })
  // Only the latest pause may still be running.
  .refine((list) => list.filter((pause) => pause.to === null).length <= 1, { error: 'errPauseOpen' });

export const ticketCustomerSchema = z.object(
  {
    /** Display name; '' when the page did not show one. */
    name: cleanedPageText(120),
    tenantId: tenantIdSchema.nullable(),
    domain: domainSchema.nullable(),
  },
  { error: message('errType') },
);

/** Fields a user may change after logging (also the content of a patch). */
const editableShape = {
  /** null while the portal has not shown the number yet ("number pending"). */
  number: ticketNumberSchema.nullable(),
  /** Azure Resource Manager name of the support ticket, when the Azure portal exposes it. */
  armName: optionalText(200),
  severity: ticketSeveritySchema,
  /** The partner asked for a 24x7 response (severity B on plans that offer it): the clock never waits for business hours. */
  response24x7: z.boolean({ error: message('errType') }),
  breakFix: z.boolean({ error: message('errType') }),
  /** Portal issue type, e.g. 'technical', 'billing', 'subscriptionManagement', 'quota'. */
  issueType: optionalText(60),
  customer: ticketCustomerSchema,
  title: cleanedPageText(250),
  service: optionalText(120),
  supportLanguage: supportLanguageSchema,
  contactMethod: ticketContactMethodSchema,
};

/**
 * Azure subscription the request was filed under. The request's ARM id is
 * /subscriptions/<this>/providers/Microsoft.Support/supportTickets/<armName>, which the
 * portal's details deep link needs. Optional in stored tickets: version-1 records lack it.
 */
export const subscriptionIdSchema = tenantIdSchema.nullable();

const recordedShape = {
  firstResponseAt: epochMsSchema.nullable(),
  closedAt: epochMsSchema.nullable(),
  pausedIntervals: pausedIntervalsSchema,
};

/** First response and close cannot precede creation; a typo there would fake a "met". */
function checkOrder(ticket: { createdAt: number; firstResponseAt: number | null; closedAt: number | null }, ctx: z.RefinementCtx): void {
  for (const key of ['firstResponseAt', 'closedAt'] as const) {
    const value = ticket[key];
    if (value !== null && value < ticket.createdAt) ctx.addIssue({ code: 'custom', message: 'errBeforeCreated', path: [key] });
  }
}

/** A stored ticket. Optional-looking fields have defaults so hand-edited imports stay usable. */
export const ticketSchema = z
  .object(
    {
      id: z.uuid({ error: message('errId') }),
      portal: portalSchema,
      ...editableShape,
      number: editableShape.number.default(null),
      armName: editableShape.armName.default(null),
      response24x7: editableShape.response24x7.default(false),
      subscriptionId: subscriptionIdSchema.optional(),
      issueType: editableShape.issueType.default(null),
      service: editableShape.service.default(null),
      supportLanguage: editableShape.supportLanguage.default(null),
      contactMethod: editableShape.contactMethod.default(null),
      createdAt: epochMsSchema,
      firstResponseAt: recordedShape.firstResponseAt.default(null),
      closedAt: recordedShape.closedAt.default(null),
      pausedIntervals: recordedShape.pausedIntervals.default([]),
      updatedAt: epochMsSchema,
      /** Set by a soft delete, so the popup can offer "undo". */
      deletedAt: epochMsSchema.nullable().default(null),
    },
    { error: message('errType') },
  )
  .superRefine(checkOrder);
export type Ticket = z.output<typeof ticketSchema>;
export type TicketCustomer = Ticket['customer'];

/** What a content script reports when a request is filed: no id, no timestamps but createdAt. */
export const newTicketInputSchema = z.object(
  {
    ...editableShape,
    number: editableShape.number.default(null),
    armName: editableShape.armName.default(null),
    subscriptionId: subscriptionIdSchema.default(null),
    severity: editableShape.severity.default('unknown'),
    response24x7: editableShape.response24x7.default(false),
    issueType: editableShape.issueType.default(null),
    title: editableShape.title.default(''),
    service: editableShape.service.default(null),
    supportLanguage: editableShape.supportLanguage.default(null),
    contactMethod: editableShape.contactMethod.default(null),
    portal: portalSchema,
    createdAt: epochMsSchema,
  },
  { error: message('errType') },
);
export type NewTicketInput = z.input<typeof newTicketInputSchema>;
export type NewTicket = z.output<typeof newTicketInputSchema>;

/**
 * An edit from the UI. Strict, so a misspelt key fails loudly instead of being
 * dropped. `paused: true` opens a pause now, `paused: false` closes the open one.
 */
export const ticketPatchSchema = z
  .strictObject(
    { ...editableShape, ...recordedShape, subscriptionId: subscriptionIdSchema, paused: z.boolean({ error: message('errType') }) },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? 'errUnknownKey' : 'errType') },
  )
  .partial();
export type TicketPatchInput = z.input<typeof ticketPatchSchema>;
export type TicketPatch = z.output<typeof ticketPatchSchema>;
