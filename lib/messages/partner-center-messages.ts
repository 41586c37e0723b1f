import { z } from '../zod';
import { domainSchema, tenantIdSchema } from '../settings/schema';
import type { MessageSpec } from './spec';
import { boundedPageText } from './fields';
import { PORTALS } from '../portal';
import { PARTNER_CENTER_HOST } from '../hosts';

/** Only a Partner Center page may be linked back to from the panel (no `javascript:` or foreign URL). */
const partnerCenterUrl = z
  .string()
  .max(2048)
  .refine((url) => URL.canParse(url) && new URL(url).protocol === 'https:' && new URL(url).hostname === PARTNER_CENTER_HOST);

const customerRef = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  tenantId: tenantIdSchema.optional(),
  domain: domainSchema.optional(),
});

/** Partner Center hand-off: the customer picked before a portal opens, customers seen, and the M365 hop. */
export const partnerCenterMessages = {
  /** Sent on the click that leaves Partner Center for the Azure portal or the M365 admin center. */
  intendCustomer: {
    from: ['partnerCenterScript'],
    request: z.object({
      customer: customerRef.refine((customer) => customer.tenantId || customer.domain),
      role: z.enum(['indirectReseller', 'advisor']).nullable(),
      target: z.enum(PORTALS),
      href: boundedPageText(8192),
      partnerCenterUrl,
      /** How the click opens the link, as far as the page can tell (target, modifier keys, middle button). */
      navigation: z.enum(['newTab', 'sameTab', 'unknown']),
    }),
  },
  /** Customers a Partner Center page lists or shows, to remember in settings as learned. */
  learnCustomers: {
    from: ['partnerCenterScript'],
    request: z.object({
      customers: z.array(z.object({ name: z.string().trim().min(1).max(120), tenantId: tenantIdSchema, domains: z.array(domainSchema).max(5) })).max(1000),
    }),
  },
  /** A `…/Partner/BeginClientSession.aspx?CTID=` page in this tab: the delegated session enters that tenant. */
  // The hop page is on the M365 hosts, where the portal script's sender kind applies; the handler checks the page.
  clientSessionStarted: { from: ['portalScript'], request: z.object({ ctid: tenantIdSchema }) },
} as const satisfies Record<string, MessageSpec>;

export interface PartnerCenterResponses {
  intendCustomer: null;
  /** How many customers were added to and updated in settings. */
  learnCustomers: { added: number; updated: number };
  clientSessionStarted: null;
}
