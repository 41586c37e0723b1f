import { CHILD_WINDOW_MS, INTENT_TTL_MS, OPENER_WINDOW_MS } from './intent';
import type { Navigation } from './click';
import { createQueue } from '../queue';
import { handoffItem, type StoredItem } from '../storage/items';
import { handoffSchema, readAs, type Handoff } from '../storage/records';
import type { StoredTab, TabRecords } from '../assistant/tab-records';

/**
 * Moves the customer picked in Partner Center to the tab where the portal opens. Partner Center's admin
 * links open a new tab, so the click's intent waits on the Partner Center tab (its "opener") until
 * `tabs.onCreated` names a tab with that `openerTabId` (given without the "tabs" permission); a click
 * that navigates its own tab keeps the intent there. Pending intents live in session storage, so a
 * service worker that sleeps between the click and the new tab still has them.
 */

interface Deps {
  /** Where a tab's waiting intent is kept (session storage in the extension). */
  handoffItem?: (tabId: number) => StoredItem;
  tabs: TabRecords;
  now: () => number;
  /** Re-sends the tab's assistant state to its frames. */
  publish: (tabId: number) => Promise<void>;
}

/**
 * The tab record carrying the hand-off's intent (and hop evidence), valid for INTENT_TTL_MS from the click.
 * An earlier hop's evidence goes: the tab now follows this hand-off.
 */
export function withHandoff(record: StoredTab, handoff: Handoff): StoredTab {
  const { hop: _earlier, ...rest } = record;
  return {
    ...rest,
    intended: handoff.intended,
    intendedUntil: handoff.at + INTENT_TTL_MS,
    partnerCenterUrl: handoff.partnerCenterUrl,
    ...(handoff.hopTenantId && { hop: { tenantId: handoff.hopTenantId, at: handoff.at } }),
  };
}

export function createHandoffs(deps: Deps) {
  const itemFor = deps.handoffItem ?? handoffItem;
  /** Tabs opened with no intent waiting, in case the click's message arrives after `onCreated` (memory: seconds matter). */
  const children = new Map<number, { tabId: number; at: number }>();
  /** The last new-tab click, for a browser that names no opener (memory: only the next seconds matter). */
  let lastNewTabOffer: { openerTabId: number; at: number } | null = null;
  // Offers and tab creations run one at a time, in arrival order: a click's message and the tab it opens race.
  const serial = createQueue();

  async function apply(tabId: number, handoff: Handoff): Promise<void> {
    await deps.tabs.update(tabId, (record) => ({ record: withHandoff(record, handoff), result: null }));
    await deps.publish(tabId);
  }

  async function pendingOf(openerTabId: number): Promise<Handoff | null> {
    const stored = readAs<Handoff | null>(handoffSchema, await itemFor(openerTabId).getValue(), null, 'Partner Center hand-off');
    return stored && deps.now() - stored.at <= OPENER_WINDOW_MS ? stored : null;
  }

  return {
    /** A click in Partner Center tab `openerTabId` is about to open a portal. */
    offer: (openerTabId: number, handoff: Handoff, navigation: Navigation) =>
      serial(async () => {
        const child = children.get(openerTabId);
        if (child && navigation !== 'sameTab' && deps.now() - child.at <= CHILD_WINDOW_MS) {
          children.delete(openerTabId);
          return apply(child.tabId, handoff);
        }
        await itemFor(openerTabId).setValue(handoff);
        if (navigation === 'newTab') lastNewTabOffer = { openerTabId, at: deps.now() };
        // A same-tab click (or one the page cannot tell) navigates this tab: the portal will load here.
        if (navigation !== 'newTab') await apply(openerTabId, handoff);
      }),

    /** `tabs.onCreated`: a tab opened from a tab with a fresh intent takes it over. */
    tabCreated: (tabId: number, openerTabId: number | undefined) =>
      serial(async () => {
        // Without an opener (a browser that leaves it out for rel="noopener" links), a tab opened right
        // after a new-tab click is taken to be that click's tab.
        const fallback = lastNewTabOffer && deps.now() - lastNewTabOffer.at <= CHILD_WINDOW_MS ? lastNewTabOffer.openerTabId : undefined;
        openerTabId ??= fallback;
        if (openerTabId === undefined) return;
        if (openerTabId === fallback) lastNewTabOffer = null;
        const pending = await pendingOf(openerTabId);
        if (!pending) {
          children.set(openerTabId, { tabId, at: deps.now() });
          return;
        }
        await itemFor(openerTabId).removeValue();
        await apply(tabId, pending);
        // The opener stays in Partner Center: an intent it was given on a same-tab guess goes with the new tab.
        const given = (record: StoredTab) => record.intendedUntil === pending.at + INTENT_TTL_MS;
        if (!given(await deps.tabs.read(openerTabId))) return;
        await deps.tabs.update(openerTabId, (record) => {
          if (!given(record)) return { record, result: null };
          const { intended: _intended, intendedUntil: _until, partnerCenterUrl: _url, hop: _hop, ...rest } = record;
          return { record: rest, result: null };
        });
      }),

    /** `tabs.onRemoved`. */
    forget: (tabId: number) => {
      children.delete(tabId);
      return itemFor(tabId).removeValue();
    },
  };
}

export type Handoffs = ReturnType<typeof createHandoffs>;
