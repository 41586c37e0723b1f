import { describe, expect, it } from 'vitest';
import { routeHint } from '../../../lib/form/detect';
import { isSupportRoute } from '../../../lib/sentinel/signature';

const SUB = '5c0a1c4e-3d1b-4a4f-9d0e-1f2a3b4c5d6e';
const TICKET_ARM = `/subscriptions/${SUB}/providers/Microsoft.Support/supportTickets/31af6335-161a8f0b-cc6d8512-9c76-4823-a1fb-0df68daa3d53`;

describe('routeHint: Azure portal and Entra', () => {
  it.each([
    ['https://portal.azure.com/#create/Microsoft.Support', 'newRequest', {}],
    ['https://rc.portal.azure.com/#create/Microsoft.Support', 'newRequest', {}],
    [
      'https://ms.portal.azure.com/#create/Microsoft.Support/Parameters/%7B%22pesId%22%3A%226f16735c-b0ae-b275-ad3a-03479cfa1396%22%2C%22supportTopicId%22%3A%228a82f77d-c3ab-7b08-d915-776b4ff64ff4%22%7D',
      'newRequest',
      { pesId: '6f16735c-b0ae-b275-ad3a-03479cfa1396', supportTopicId: '8a82f77d-c3ab-7b08-d915-776b4ff64ff4' },
    ],
    ['https://portal.azure.com/#create/Microsoft.Support/Parameters/{"pesId":"abc"', 'newRequest', {}],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest', 'newRequest', { blade: 'HelpAndSupportBlade' }],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/managesupportrequest', 'supportHome', { blade: 'HelpAndSupportBlade' }],
    ['https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/overview', 'supportHome', { blade: 'HelpAndSupportBlade' }],
    ['https://portal.azure.com/?#blade/Microsoft_Azure_Support/HelpAndSupportBlade/', 'supportHome', { blade: 'HelpAndSupportBlade' }],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview', 'supportHome', { blade: 'HelpAndSupportBlade' }],
    ['https://ms.portal.azure.com/?DMC=troubleshoot#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview', 'supportHome', { blade: 'HelpAndSupportBlade' }],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/HelpPane.ReactView', 'supportHome', { blade: 'HelpPane.ReactView' }],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'newRequest', { blade: 'NewSupportRequestV3Blade' }],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerWorkflowId/0e7f6c2a-1111-4222-8333-944455556666/callerName/Microsoft_Azure_Support%2FHelpAndSupportOverview.ReactView',
      'newRequest',
      { blade: 'NewSupportRequestV3Blade', callerWorkflowId: '0e7f6c2a-1111-4222-8333-944455556666', callerName: 'Microsoft_Azure_Support/HelpAndSupportOverview.ReactView' },
    ],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerWorkflowId/0e7f6c2a-1111-4222-8333-944455556666/callerName/Microsoft_Azure_Support%2FHelpPane.ReactView/productId/9b0d6a2f-0000-4000-8000-000000000001/issueType/quota',
      'newRequest',
      { callerName: 'Microsoft_Azure_Support/HelpPane.ReactView', productId: '9b0d6a2f-0000-4000-8000-000000000001', issueType: 'quota' },
    ],
    [
      `https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/assetId/${encodeURIComponent(`/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`)}/callerWorkflowId/x/callerName/Microsoft_Azure_Support%2FAurora.ReactView/subscriptionId/${SUB}`,
      'newRequest',
      { assetId: `/subscriptions/${SUB}/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1`, callerName: 'Microsoft_Azure_Support/Aurora.ReactView', subscriptionId: SUB },
    ],
    [
      `https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/issueType/quota/subscriptionId/${SUB}/topicId/7b0d6a2f-0000-4000-8000-000000000002`,
      'newRequest',
      { issueType: 'quota', subscriptionId: SUB, topicId: '7b0d6a2f-0000-4000-8000-000000000002' },
    ],
    [
      'https://entra.microsoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/callerName/ActiveDirectory/issueType/technical',
      'newRequest',
      { callerName: 'ActiveDirectory', issueType: 'technical' },
    ],
    ['https://entra.microsoft.com/#blade/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'newRequest', {}],
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'newRequest', {}],
    ['https://portal.azure.com/#@/blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest', 'newRequest', {}],
    [
      `https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(TICKET_ARM)}/portalJourney~/true`,
      'details',
      { armId: TICKET_ARM, armName: '31af6335-161a8f0b-cc6d8512-9c76-4823-a1fb-0df68daa3d53', subscriptionId: SUB },
    ],
    [
      `https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetails.ReactView/id/${encodeURIComponent(encodeURIComponent(TICKET_ARM))}`,
      'details',
      { armName: '31af6335-161a8f0b-cc6d8512-9c76-4823-a1fb-0df68daa3d53', subscriptionId: SUB },
    ],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetailBlade/srId/2602140010001234', 'details', { srId: '2602140010001234' }],
    ['https://ms.portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade/callerName/Quota/summary/Quota%20request', 'newRequest', { callerName: 'Quota' }],
    ['https://portal.azure.com/#home', 'other', {}],
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/x/overview', 'other', {}],
    ['https://portal.azure.com/#view/Microsoft_Azure_Billing/SubscriptionsBlade', 'other', {}],
  ])('%s → %s', (url, kind, params) => {
    const hint = routeHint(url);
    expect(hint.portal).toBe('azure');
    expect(hint.kind).toBe(kind);
    expect(hint.params).toMatchObject(params);
    // The sentinel's own test (no route parser in every frame) never misses a support route.
    if (kind !== 'other') expect(isSupportRoute(url)).toBe(true);
  });

  it('keeps only a request number as srId', () => {
    expect(routeHint('https://portal.azure.com/#view/Microsoft_Azure_Support/SupportRequestDetailBlade/srId/not-a-number').params.srId).toBeUndefined();
  });

  it('treats an unknown page in a reactblade frame as Azure, other', () => {
    expect(routeHint('https://sandbox-1.reactblade.portal.azure.net/React/Index')).toEqual({ portal: 'azure', kind: 'other', params: {} });
  });
});

describe('routeHint: Microsoft 365 and others', () => {
  it.each([
    ['https://admin.microsoft.com/AdminPortal/Home#/support', 'm365', 'supportHome'],
    ['https://admin.microsoft.com/Adminportal/Home?source=applauncher#/support', 'm365', 'supportHome'],
    ['https://admin.microsoft.com/AdminPortal/Home#/support/requests', 'm365', 'supportHome'],
    ['https://admin.cloud.microsoft/?#/support', 'm365', 'supportHome'],
    ['https://admin.microsoft.com/AdminPortal/Home#/homepage', 'm365', 'other'],
    ['https://admin.microsoft.com/AdminPortal/Home#/supportability', 'm365', 'other'],
    ['https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=22222222-2222-4222-8222-222222222222&CSDEST=o365admincenter', 'm365', 'other'],
    ['https://partner.microsoft.com/dashboard/v2/customers/list', null, 'other'],
    ['https://example.com/#create/Microsoft.Support', null, 'other'],
    ['not a url', null, 'other'],
  ])('%s → %s %s', (url, portal, kind) => {
    expect(routeHint(url)).toMatchObject({ portal, kind, params: {} });
    if (kind !== 'other') expect(isSupportRoute(url)).toBe(true);
  });
});
