import { useState } from 'preact/hooks';
import { debugLogText } from '../../lib/debug-log';
import { formatDateTime } from '../tickets/format';
import type { DebugLogView } from '../../lib/messages/debug-messages';
import { t } from '../../lib/i18n';
import { Checkbox, Section } from './fields';

export interface DiagnosticsProps {
  initial: DebugLogView;
  /** The extension's version, named at the top of a copied log. */
  version: string;
  onSetEnabled: (enabled: boolean) => Promise<DebugLogView>;
  onRefresh: () => Promise<DebugLogView>;
  onClear: () => Promise<DebugLogView>;
  /** false when the browser refused the clipboard. */
  onCopy: (text: string) => Promise<boolean>;
}

type Note = 'copied' | 'copyFailed' | 'failed' | null;

/**
 * The debug log switch: while it is on, errors the extension recovers from are kept for this browser
 * session, to copy for whoever supports the partner. Applies at once, apart from the settings' Save.
 */
export function DiagnosticsSection({ initial, version, onSetEnabled, onRefresh, onClear, onCopy }: DiagnosticsProps) {
  const [log, setLog] = useState(initial);
  const [note, setNote] = useState<Note>(null);
  const take = async (change: Promise<DebugLogView>) => {
    try {
      setLog(await change);
      setNote(null);
    } catch {
      setNote('failed');
    }
  };
  const copy = async () => setNote((await onCopy(debugLogText(log.entries, version))) ? 'copied' : 'copyFailed');
  return (
    <Section id="diagnostics" title={t('sectionDiagnostics')} help={t('sectionDiagnosticsHelp')}>
      <Checkbox id="debug-log" label={t('debugLogSwitch')} checked={log.enabled} onChange={(enabled) => void take(onSetEnabled(enabled))} />
      {log.enabled ? (
        <>
          <p role="status" data-testid="debug-log-count">
            {t('debugLogCount', String(log.entries.length))}
          </p>
          {log.entries.length > 0 ? (
            <ol class="debug-log" data-testid="debug-log">
              {log.entries.map((entry) => (
                <li key={`${entry.at}:${entry.where}:${entry.message}`}>
                  <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at)}</time> <code>{entry.source}</code> {entry.where}: {entry.message}
                </li>
              ))}
            </ol>
          ) : null}
          <div class="button-row">
            <button type="button" class="button" onClick={() => void take(onRefresh())}>
              {t('debugLogRefresh')}
            </button>
            <button type="button" class="button" disabled={log.entries.length === 0} onClick={() => void copy()}>
              {t('debugLogCopy')}
            </button>
            <button type="button" class="button" disabled={log.entries.length === 0} onClick={() => void take(onClear())}>
              {t('debugLogClear')}
            </button>
          </div>
        </>
      ) : null}
      {note ? <p role="status">{t(note === 'copied' ? 'debugLogCopied' : note === 'copyFailed' ? 'debugLogCopyFailed' : 'debugLogFailed')}</p> : null}
    </Section>
  );
}
