import type { Evidence, TenantRef } from '../tenant/resolve';
import type { AssistantState } from './state';

/** Where a piece of evidence was read, as the panel names it. */
export type EvidenceWhere = 'header' | 'orgSwitcher' | 'logo' | 'url' | 'hop' | 'gdap';

/** One line of "Why?": where, what it said, what it matched in the partner's lists, and whether it is weak. */
export interface EvidenceLine {
  where: EvidenceWhere;
  value: string;
  matched: Evidence['matched'];
  weak: boolean;
}

/** What the assistant concluded about the tenant, ready to show (names already resolved). */
export type ContextView = (
  | { outcome: 'own'; tenantName: string }
  | { outcome: 'mismatch'; intendedName: string; actualName: string; partnerCenterUrl: string | null }
  | { outcome: 'customer'; customerName: string | null; tenantLabel: string; fromPartnerCenter: boolean }
  | { outcome: 'unknown'; confirmed: boolean; ownTenantsConfigured: boolean }
) & {
  /** Everything the verdict was drawn from, strongest first. */
  evidence: EvidenceLine[];
  /** Two tenant-scoped signals that named different tenants: the one believed and the other. */
  disagreement: { believed: EvidenceLine; other: EvidenceLine } | null;
  /** No own tenant is configured: every directory would look like a customer's, so the panel asks. */
  askOwnTenants: boolean;
};

/** A tenant as a person reads it: its name, else its domain, else its id. */
export function tenantLabel(tenant: TenantRef | null | undefined): string {
  return tenant?.name || tenant?.domain || tenant?.tenantId || '';
}

function whereOf(evidence: Evidence): EvidenceWhere {
  if (evidence.kind === 'gdapUser') return 'gdap';
  if (evidence.detail === '#O365_MainLink_TenantLogo') return 'logo';
  if (evidence.detail?.includes('BeginClientSession')) return 'hop';
  if (evidence.source !== 'header') return 'url';
  return /OrgName|TenantName/i.test(evidence.detail ?? '') ? 'orgSwitcher' : 'header';
}

export function evidenceLine(evidence: Evidence): EvidenceLine {
  return { where: whereOf(evidence), value: evidence.value, matched: evidence.matched, weak: evidence.strength === 'weak' };
}

function outcomeView(state: AssistantState) {
  const { context } = state;
  const actual = tenantLabel(context.tenant);
  switch (context.outcome) {
    case 'own':
      return { outcome: 'own' as const, tenantName: actual || context.evidence.find((evidence) => evidence.matched === 'own')?.value || '' };
    case 'mismatch':
      return {
        outcome: 'mismatch' as const,
        intendedName: tenantLabel(context.intended),
        actualName: context.customer?.name || actual,
        partnerCenterUrl: state.partnerCenterUrl,
      };
    case 'customer': {
      const fromPartnerCenter = Boolean(context.intended);
      const customerName = context.customer?.name || (fromPartnerCenter ? tenantLabel(context.intended) : '') || context.tenant?.name || null;
      return { outcome: 'customer' as const, customerName, tenantLabel: actual || 'GDAP', fromPartnerCenter };
    }
    case 'unknown':
      return { outcome: 'unknown' as const, confirmed: state.confirmed, ownTenantsConfigured: state.ownTenantsConfigured };
  }
}

/** The banner's view of the tab's tenant verdict. */
export function contextView(state: AssistantState): ContextView {
  const { basis, disagreement, evidence, outcome } = state.context;
  return {
    ...outcomeView(state),
    askOwnTenants: !state.ownTenantsConfigured && (outcome === 'customer' || outcome === 'unknown'),
    evidence: evidence.map(evidenceLine),
    disagreement: basis && disagreement ? { believed: evidenceLine(basis), other: evidenceLine(disagreement) } : null,
  };
}
