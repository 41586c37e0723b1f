import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import css from '../components/tickets/tickets.css?inline';
import { startPopup } from './popup/main';

/**
 * The popup's code and style as one classic script (popup/index.html loads it): each file an
 * extension page loads waits its turn in the browser process before the first row can show, and the
 * module build gave the popup five (four chunks and a style sheet). One file brought the first row
 * 8 ms sooner (scripts/bench.ts's popup figure at 5,000 tickets, 6 alternating rounds of 10: 80 → 72).
 */
export default defineUnlistedScript(() => {
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  startPopup();
});
