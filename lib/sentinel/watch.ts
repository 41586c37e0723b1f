import { HEADSET_SELECTOR, hasSupportSignature } from './signature';

/**
 * ARIA data grids: the portals' resource lists (Fluent DetailsList, the Fx grid), which add rows by the
 * hundred while a page loads or scrolls. No support form puts its fields in one.
 */
const DATA_GRID = '[role="grid"], [role="treegrid"]';

export interface SentinelWatchDeps {
  /** The document's root element: watched for added nodes and changed text. */
  root: Element;
  /** Microsoft 365: the icon-only headset button counts too. */
  headset: boolean;
  /** Called once, when something that may be a support form shows up. */
  onCandidate: () => void;
  /** Called after each batch of changes has been looked at (the top frame's tenant check, throttled by the caller). */
  onBatch?: () => void;
  /** Runs `run` a little later, off the observer callback, so a burst of changes is looked at once. */
  defer: (run: () => void) => void;
}

/**
 * The always-on half of the portal script: watches one frame for the first sign of a support form and
 * does nothing else. The observer callback only queues; the queued nodes are tested once, off the
 * callback, with one regular expression over their text (a data grid's rows are skipped unread).
 * After a candidate is found, only `onBatch` keeps the observer (the top frame's tenant reporter);
 * otherwise it disconnects.
 */
export function watchForSupportForm(deps: SentinelWatchDeps): { stop(): void } {
  let found = false;
  let scheduled = false;
  let queued: MutationRecord[][] = [];

  /** The text a batch brought (added nodes, changed text nodes), and whether it added M365's headset. */
  const textOf = (node: Node): string => (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE ? (node.textContent ?? '') : '');
  const addsHeadset = (node: Node): boolean => node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches(HEADSET_SELECTOR) || (node as Element).querySelector(HEADSET_SELECTOR) !== null);
  /** One ancestor walk per record, not per node: a record's added nodes share their parent, its target. */
  const inDataGrid = (target: Node): boolean => (target.nodeType === Node.ELEMENT_NODE ? (target as Element) : target.parentElement)?.closest(DATA_GRID) != null;

  /** One regular-expression test over all the text the batches brought: cheaper than one per node. */
  function batchesLookLikeSupport(batches: readonly MutationRecord[][]): boolean {
    const texts: string[] = [];
    let headset = false;
    for (const records of batches) {
      for (const record of records) {
        // A grid's rows (a resource list filling) are data, never a form's labels: the most churn, left unread.
        if (inDataGrid(record.target)) continue;
        if (record.type === 'characterData') texts.push(textOf(record.target));
        else
          for (const node of record.addedNodes) {
            if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(DATA_GRID)) continue;
            texts.push(textOf(node));
            headset ||= deps.headset && addsHeadset(node);
          }
      }
    }
    return headset || hasSupportSignature(texts.join('\n'));
  }

  const observer = new MutationObserver((records) => {
    queued.push(records);
    if (scheduled) return;
    scheduled = true;
    deps.defer(drain);
  });

  function candidate() {
    found = true;
    if (!deps.onBatch) observer.disconnect();
    deps.onCandidate();
  }

  function drain() {
    scheduled = false;
    const batches = queued;
    queued = [];
    if (!found && batchesLookLikeSupport(batches)) candidate();
    deps.onBatch?.();
  }

  observer.observe(deps.root, { childList: true, subtree: true, characterData: true });
  if (hasSupportSignature(textOf(deps.root)) || (deps.headset && addsHeadset(deps.root))) candidate();
  return { stop: () => observer.disconnect() };
}
