import { HEADSET_SELECTOR, hasSupportSignature } from './signature';

export interface SentinelWatchDeps {
  /** The document's root element: watched for added nodes and changed text. */
  root: Element;
  /** Microsoft 365: the icon-only headset button counts too. */
  headset: boolean;
  /** Called once, when something that may be a support form shows up. */
  onCandidate: () => void;
  /** Called after each batch of changes has been looked at (the top frame's tenant check, throttled by the caller). */
  onBatch?: () => void;
  /** Runs `run` soon, off the observer callback (the content script's timer). */
  defer: (run: () => void) => void;
}

/**
 * The always-on half of the portal script: watches one frame for the first sign of a support form and
 * does nothing else. The observer callback only queues; the queued nodes are tested once, off the
 * callback, with one regular expression over their text. After a candidate is found, only `onBatch`
 * keeps the observer (the top frame's tenant reporter); otherwise it disconnects.
 */
export function watchForSupportForm(deps: SentinelWatchDeps): { stop(): void } {
  let found = false;
  let scheduled = false;
  let queued: MutationRecord[][] = [];

  const looksLikeSupport = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return hasSupportSignature((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    const element = node as Element;
    if (hasSupportSignature(element.textContent ?? '')) return true;
    return deps.headset && (element.matches(HEADSET_SELECTOR) || element.querySelector(HEADSET_SELECTOR) !== null);
  };

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
    if (!found) {
      outer: for (const records of batches) {
        for (const record of records) {
          if (record.type === 'characterData' ? looksLikeSupport(record.target) : [...record.addedNodes].some(looksLikeSupport)) {
            candidate();
            break outer;
          }
        }
      }
    }
    deps.onBatch?.();
  }

  observer.observe(deps.root, { childList: true, subtree: true, characterData: true });
  if (looksLikeSupport(deps.root)) candidate();
  return { stop: () => observer.disconnect() };
}
