import type { PartnerProfile, SlaPolicy, Switches } from '../settings/schema';
import type { IntendedCustomer, TenantContext } from '../tenant/resolve';

/**
 * What the background tells every frame of a portal tab: the tenant verdict for the tab and the
 * settings the in-page assistant needs. Types only, shared by background and content scripts.
 */
export interface AssistantState {
  context: TenantContext;
  /** The partner confirmed an unknown context is a customer's (per tab). */
  confirmed: boolean;
  /** True until the tab's top frame has reported what its header and URL show. */
  pending: boolean;
  partner: PartnerProfile | null;
  /** The Windows time-zone id of the partner's IANA zone (CLDR windowsZones), for the portal's zone lists. */
  partnerWindowsZone: string | null;
  switches: Switches;
  targetMinutes: SlaPolicy['targetMinutes'];
  ownTenantsConfigured: boolean;
  /** Where to go back to in Partner Center on a mismatch (from the hand-off), if known. */
  partnerCenterUrl: string | null;
  /** A submission in this tab waits for the portal's confirmation: frames look for the request number. */
  awaitingTicket: boolean;
}

/** What every frame of a portal tab may know, assistant or not: no partner data. */
export interface TabStatus {
  /** A submission in this tab waits for the portal's confirmation: the frames load the assistant to look for it. */
  awaitingTicket: boolean;
  /**
   * The top frame shows a support page (route, or support-form labels): only then do the blade iframes
   * watch for a form. Elsewhere they do nothing at all.
   */
  supportLikely: boolean;
}

/** The background's push to the frames it loaded the assistant into, when the tab's state changes. */
export interface AssistantStatePush {
  type: 'assistantState';
  state: AssistantState;
}

/** The background's push to every frame of the tab (the sentinels), at the same moments. */
export interface TabStatusPush {
  type: 'tabStatus';
  status: TabStatus;
}

export type { IntendedCustomer };
