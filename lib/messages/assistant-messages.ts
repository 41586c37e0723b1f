import { z } from '../zod';
import type { AssistantState, TabStatus } from '../assistant/state';
import type { MessageSpec } from './spec';
import { boundedPageText } from './fields';
import { REQUEST_NUMBER } from '../ids';
import { CONTACT_METHODS, PORTALS } from '../portal';
import { SEVERITIES, TICKET_SEVERITIES } from '../severity';

/** One tenant signal as a frame reports it (and as the tab record keeps it). */
export const tenantSignalSchema = z.object({
  kind: z.enum(['tenantId', 'domain', 'directoryName', 'gdapUser']),
  value: boundedPageText(256),
  source: z.enum(['url-hash', 'url-path', 'url-query', 'header']),
  detail: boundedPageText(256).optional(),
});

/** What a form frame read when the partner pressed Create / Contact me (for the ticket log). */
export const formSnapshotSchema = z.object({
  portal: z.enum(PORTALS),
  severity: z.enum(TICKET_SEVERITIES),
  /** Severity B with "24x7 response" chosen (a Yes/No choice, or a severity option naming 24x7). */
  response24x7: z.boolean().default(false),
  issueType: z.enum(['technical', 'billing', 'subscriptionManagement', 'quota']).nullable(),
  title: boundedPageText(500),
  service: boundedPageText(300).nullable(),
  supportLanguage: boundedPageText(100).nullable(),
  contactMethod: z.enum(CONTACT_METHODS).nullable(),
});
export type FormSnapshot = z.infer<typeof formSnapshotSchema>;

/** In-page assistant: tenant context per tab, shared between the top frame and the form's frames. */
export const assistantMessages = {
  reportTenant: { from: ['portalScript'], request: z.object({ url: boundedPageText(8192), signals: z.array(tenantSignalSchema).max(50) }) },
  /** Any portal frame (the sentinel): does the tab await a confirmation? No partner data. */
  getTabStatus: { from: ['portalScript'], request: z.undefined() },
  /** The sentinel saw a support route, support-form labels, or a tab awaiting a confirmation: load the assistant here. */
  loadAssistant: { from: ['portalScript'], request: z.object({ reason: z.enum(['route', 'labels', 'capture']) }) },
  /** Only from a frame the background loaded the assistant into: the state carries the partner profile. */
  getAssistantState: { from: ['portalScript'], request: z.undefined() },
  confirmContext: { from: ['portalScript'], request: z.undefined() },
  openOptions: { from: ['portalScript'], request: z.undefined() },
  /** "This is my own tenant": the background adds the tab's current tenant (as it resolved it, not page data sent now). */
  markOwnTenant: { from: ['portalScript'], request: z.undefined() },
  formSubmitted: { from: ['portalScript'], request: formSnapshotSchema },
  /** The partner pressed Change in a request's "Change severity" pane: the logged request follows. */
  severityChanged: {
    from: ['portalScript'],
    request: z.object({
      number: z.string().regex(REQUEST_NUMBER),
      severity: z.enum(SEVERITIES),
    }),
  },
  ticketConfirmed: {
    from: ['portalScript'],
    request: z.object({
      portal: z.enum(PORTALS),
      number: z.string().regex(REQUEST_NUMBER).nullable(),
      armName: boundedPageText(200).nullable(),
      subscriptionId: boundedPageText(64).nullable(),
    }),
  },
} as const satisfies Record<string, MessageSpec>;

/** Why "This is my own tenant" did not add the tenant: the page named no directory id, or the save failed. */
export type MarkOwnTenantResult = { ok: true; state: AssistantState } | { ok: false; reason: 'noTenantId' | 'saveFailed' };

export interface AssistantResponses {
  reportTenant: TabStatus;
  getTabStatus: TabStatus;
  /** False when the browser refused (the frame went away, no host access). */
  loadAssistant: boolean;
  getAssistantState: AssistantState;
  confirmContext: AssistantState;
  openOptions: null;
  markOwnTenant: MarkOwnTenantResult;
  formSubmitted: null;
  /** The updated ticket's id, or null when no open logged request has that number. */
  severityChanged: string | null;
  /** The logged ticket's id, or null when nothing was pending for the tab. */
  ticketConfirmed: string | null;
}
