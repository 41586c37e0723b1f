import type { ContextView } from '../../components/assistant/ContextBanner';
import type { TenantRef } from '../tenant/resolve';
import type { AssistantState } from './state';

/** A tenant as a person reads it: its name, else its domain, else its id. */
export function tenantLabel(tenant: TenantRef | null | undefined): string {
  return tenant?.name || tenant?.domain || tenant?.tenantId || '';
}

/** The banner's view of the tab's tenant verdict. */
export function contextView(state: AssistantState): ContextView {
  const { context } = state;
  const actual = tenantLabel(context.tenant);
  switch (context.outcome) {
    case 'own':
      return { outcome: 'own', tenantName: actual || context.evidence.find((evidence) => evidence.matched === 'own')?.value || '' };
    case 'mismatch':
      return {
        outcome: 'mismatch',
        intendedName: tenantLabel(context.intended),
        actualName: context.customer?.name || actual,
        partnerCenterUrl: state.partnerCenterUrl,
      };
    case 'customer': {
      const fromPartnerCenter = Boolean(context.intended);
      const customerName = context.customer?.name || (fromPartnerCenter ? tenantLabel(context.intended) : '') || context.tenant?.name || null;
      return { outcome: 'customer', customerName, tenantLabel: actual || 'GDAP', fromPartnerCenter };
    }
    case 'unknown':
      return { outcome: 'unknown', confirmed: state.confirmed, ownTenantsConfigured: state.ownTenantsConfigured };
  }
}
