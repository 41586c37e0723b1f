import type { FormSnapshot } from '../messages/assistant-messages';
import type { NewTicketInput } from '../tickets/schema';
import type { TenantContext } from '../tenant/resolve';
import { isTenantId } from '../tenant/signal';

/** How long after Create a confirmation still belongs to that submission. */
export const CAPTURE_WINDOW_MS = 10 * 60_000;

export interface PendingSubmission {
  snapshot: FormSnapshot;
  submittedAt: number;
  /**
   * The id the ticket gets when it is logged, chosen at the submission: a confirmation retried after
   * the worker restarted (the write done, the record not yet updated) finds that ticket, not a new one.
   */
  ticketIdToBe?: string;
  /** Set once the ticket is logged, so a later confirmation (the number) updates it. */
  ticketId?: string;
  /** The request number once the portal showed it: capture is then complete. */
  number?: string | null;
}

/** Break-fix means technical; billing, subscription management and quotas run on business days. */
export function isBreakFix(issueType: FormSnapshot['issueType']): boolean {
  return issueType === null || issueType === 'technical';
}

/** The customer a ticket is for: the portal's tenant, named from settings or Partner Center when known. */
export function ticketCustomer(context: TenantContext): NewTicketInput['customer'] {
  const tenant = context.tenant;
  // On a mismatch the request went to the portal's tenant, not the one picked in Partner Center.
  const intended = context.outcome === 'mismatch' ? undefined : context.intended;
  const name = context.customer?.name ?? intended?.name ?? tenant?.name ?? '';
  return {
    name,
    tenantId: context.customer?.tenantId ?? tenant?.tenantId ?? intended?.tenantId ?? null,
    domain: tenant?.domain ?? context.customer?.domains[0] ?? intended?.domain ?? null,
  };
}

/** The ticket to log when the portal confirms a submission. */
export function ticketFromSubmission(
  pending: PendingSubmission,
  context: TenantContext,
  confirmation: { number: string | null; armName: string | null; subscriptionId?: string | null },
): NewTicketInput {
  const { snapshot } = pending;
  return {
    number: confirmation.number,
    armName: confirmation.armName,
    // Page-derived: kept only when it has the shape of a subscription id (a GUID).
    subscriptionId: confirmation.subscriptionId && isTenantId(confirmation.subscriptionId) ? confirmation.subscriptionId.toLowerCase() : null,
    portal: snapshot.portal,
    customer: ticketCustomer(context),
    severity: snapshot.severity,
    response24x7: snapshot.response24x7,
    breakFix: isBreakFix(snapshot.issueType),
    issueType: snapshot.issueType,
    title: snapshot.title,
    service: snapshot.service,
    supportLanguage: snapshot.supportLanguage,
    contactMethod: snapshot.contactMethod,
    createdAt: pending.submittedAt,
  };
}

/** True while a confirmation may still be matched to the pending submission. */
export function isPendingFresh(pending: PendingSubmission | undefined, now: number): pending is PendingSubmission {
  return pending !== undefined && now - pending.submittedAt <= CAPTURE_WINDOW_MS;
}
