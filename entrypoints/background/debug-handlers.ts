import type { DebugLog } from '../../lib/debug-log';
import type { Handlers } from '../../lib/messages/router';

type DebugHandlerNames = 'logSwallowed' | 'getDebugLog' | 'setDebugLog' | 'clearDebugLog';

/** The debug log's messages: any context reports, the options page reads, switches and clears. */
export function createDebugHandlers(log: DebugLog): Pick<Handlers, DebugHandlerNames> {
  return {
    logSwallowed: (report, sender) => log.add(sender.kind ?? 'extensionPage', report),
    getDebugLog: () => log.view(),
    setDebugLog: ({ enabled }) => log.setEnabled(enabled),
    clearDebugLog: () => log.clear(),
  };
}
