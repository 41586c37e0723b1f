import { describe, expect, it } from 'vitest';
import { buildAssistantState } from '../../../lib/assistant/build-state';
import { CAPTURE_WINDOW_MS, ticketFromSubmission } from '../../../lib/assistant/capture';
import { contextView } from '../../../lib/assistant/context-view';
import { CONTOSO_ID, NORTHWIND_ID, partnerSettings } from './fixtures';

const header = (value: string) => ({ kind: 'directoryName' as const, value, source: 'header' as const });
const snapshot = {
  portal: 'azure' as const,
  severity: 'B' as const,
  issueType: 'technical' as const,
  title: 'VM down',
  service: 'Virtual Machines',
  supportLanguage: 'en',
  contactMethod: 'email' as const,
  response24x7: false,
};

describe('assistant state', () => {
  it('is pending until the top frame reported', () => {
    const state = buildAssistantState(partnerSettings(), {}, 0);
    expect(state.pending).toBe(true);
    expect(contextView(state)).toEqual({ outcome: 'unknown', confirmed: false, ownTenantsConfigured: true, evidence: [], disagreement: null, askOwnTenants: false });
  });

  it('names the own tenant in the warning', () => {
    const state = buildAssistantState(partnerSettings(), { signals: [header('Fabrikam Partners')] }, 0);
    expect(contextView(state)).toEqual({
      outcome: 'own',
      tenantName: 'Fabrikam Partners',
      evidence: [{ where: 'header', value: 'Fabrikam Partners', matched: 'own', weak: false }],
      disagreement: null,
      askOwnTenants: false,
    });
  });

  it('names a known customer, and one from Partner Center', () => {
    const known = buildAssistantState(partnerSettings(), { signals: [header('Contoso Ltd')] }, 0);
    expect(contextView(known)).toMatchObject({ outcome: 'customer', customerName: 'Contoso Ltd', fromPartnerCenter: false });
    const handedOff = buildAssistantState(partnerSettings(), { signals: [header('Contoso Ltd')], intended: { name: 'Contoso Ltd', tenantId: CONTOSO_ID } }, 0);
    expect(contextView(handedOff)).toMatchObject({ outcome: 'customer', fromPartnerCenter: true });
  });

  it('reports a mismatch with both names and the way back', () => {
    const state = buildAssistantState(
      partnerSettings(),
      {
        signals: [{ kind: 'tenantId', value: NORTHWIND_ID, source: 'url-hash' }, header('Northwind Traders')],
        intended: { name: 'Contoso Ltd', tenantId: CONTOSO_ID },
        partnerCenterUrl: 'https://partner.microsoft.com/dashboard/v2/customers/x/servicemanagementpage',
      },
      0,
    );
    expect(contextView(state)).toEqual({
      outcome: 'mismatch',
      intendedName: 'Contoso Ltd',
      actualName: 'Northwind Traders',
      partnerCenterUrl: 'https://partner.microsoft.com/dashboard/v2/customers/x/servicemanagementpage',
      evidence: [
        // Northwind is not among this partner's customers: named by the portal only.
        { where: 'url', value: NORTHWIND_ID, matched: null, weak: false },
        { where: 'header', value: 'Northwind Traders', matched: null, weak: false },
      ],
      disagreement: null,
      askOwnTenants: false,
    });
  });

  it('asks for own tenants while none is configured, in a customer or unknown context', () => {
    const bare = { ...partnerSettings(), ownTenants: [] };
    expect(contextView(buildAssistantState(bare, { signals: [header('Tailspin Toys')] }, 0)).askOwnTenants).toBe(true);
    expect(contextView(buildAssistantState(bare, { signals: [] }, 0)).askOwnTenants).toBe(true);
    expect(contextView(buildAssistantState(partnerSettings(), { signals: [header('Tailspin Toys')] }, 0)).askOwnTenants).toBe(false);
  });

  it('names both sides when the header and the address name different tenants, believing the header', () => {
    const state = buildAssistantState(partnerSettings(), { signals: [{ kind: 'domain', value: 'contoso.onmicrosoft.com', source: 'url-hash', detail: '#@' }, header('Fabrikam Partners')] }, 0);
    expect(contextView(state)).toMatchObject({
      outcome: 'own',
      disagreement: { believed: { where: 'header', value: 'Fabrikam Partners', matched: 'own' }, other: { where: 'url', value: 'contoso.onmicrosoft.com', matched: 'customer' } },
    });
  });

  it('awaits a ticket only while a fresh submission has no number', () => {
    const pending = { snapshot, submittedAt: 1_000 };
    expect(buildAssistantState(partnerSettings(), { pending }, 2_000).awaitingTicket).toBe(true);
    expect(buildAssistantState(partnerSettings(), { pending: { ...pending, number: '2611230040001234' } }, 2_000).awaitingTicket).toBe(false);
    expect(buildAssistantState(partnerSettings(), { pending }, 1_000 + CAPTURE_WINDOW_MS + 1).awaitingTicket).toBe(false);
  });
});

describe('ticketFromSubmission', () => {
  it('takes the customer from the tenant verdict and break-fix from the issue type', () => {
    const context = buildAssistantState(partnerSettings(), { signals: [header('Contoso Ltd')] }, 0).context;
    const ticket = ticketFromSubmission({ snapshot: { ...snapshot, issueType: 'billing' }, submittedAt: 5 }, context, { number: null, armName: 'abc' });
    expect(ticket).toMatchObject({
      number: null,
      armName: 'abc',
      customer: { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domain: 'contoso.onmicrosoft.com' },
      breakFix: false,
      severity: 'B',
      createdAt: 5,
    });
  });
});
