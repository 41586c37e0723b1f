import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { PanelView } from '../../lib/assistant/panel-view';
import { ContextBanner } from './ContextBanner';
import { FillReport } from './FillReport';
import { Guidance } from './Guidance';
import { ReportPreview } from './ReportPreview';
import { RoleNote } from './RoleNote';

/** What the panel shows and the events it raises, as the form session builds them (lib/assistant/panel-view.ts). */
export type AssistantPanelProps = PanelView;

/** The in-page panel on the support form. Collapsible, keyboard-usable, never covers the form's buttons for long. */
export function AssistantPanel(props: AssistantPanelProps) {
  const wrong = props.context.outcome === 'own' || props.context.outcome === 'mismatch';
  const [open, setOpen] = useState(true);
  const [dock, setDock] = useState(props.dock ?? 'right');
  const otherSide = dock === 'right' ? 'left' : 'right';
  if (!open && !wrong) {
    return (
      <button type="button" class={`fab fab--${dock}`} aria-expanded="false" onClick={() => setOpen(true)}>
        {t('panelExpand')}
      </button>
    );
  }
  return (
    <aside class={`panel panel--${dock}${wrong ? ' panel--wrong' : ''}`} aria-label={t('panelTitle')}>
      <header class="panel__header">
        <h2>{t('panelTitle')}</h2>
        <button
          type="button"
          class="icon"
          aria-label={t(otherSide === 'left' ? 'panelMoveLeft' : 'panelMoveRight')}
          title={t(otherSide === 'left' ? 'panelMoveLeft' : 'panelMoveRight')}
          onClick={() => setDock(otherSide)}
        >
          {otherSide === 'left' ? '⇤' : '⇥'}
        </button>
        {wrong ? null : (
          <button type="button" class="icon" aria-expanded="true" aria-label={t('panelCollapse')} title={t('panelCollapse')} onClick={() => setOpen(false)}>
            ▾
          </button>
        )}
      </header>
      <ContextBanner context={props.context} onConfirm={props.onConfirmContext} onMarkOwn={props.onMarkOwnTenant} onOpenSettings={props.onOpenSettings} markOwnError={props.markOwnError ?? null} />
      {props.partnerRole ? <RoleNote role={props.partnerRole} /> : null}
      {props.partnerCardShown ? <p class="hint">{t('m365UsePartnerForm')}</p> : null}
      {props.helpEntryShown ? <p class="hint">{t('m365OpenContactSupport')}</p> : null}
      {props.fileInPartnerCenterUrl ? (
        <p class="hint">
          {t('m365FileInPartnerCenter')}{' '}
          <a href={props.fileInPartnerCenterUrl} target="_blank" rel="noopener noreferrer">
            {t('m365OpenPartnerCenter')}
          </a>
        </p>
      ) : null}
      {props.fill ? <FillReport fill={props.fill} onUndo={props.onUndo} onRefill={props.onRefill} onOpenSettings={props.onOpenSettings} /> : null}
      {props.report ? (
        <ReportPreview json={props.report.json} note={props.report.note} onCopy={() => props.onCopyReport?.()} onDownload={() => props.onDownloadReport?.()} onClose={() => props.onCloseReport?.()} />
      ) : props.onReport ? (
        <p class="panel__report">
          <button type="button" class="linkish" onClick={props.onReport}>
            {t('reportThisPage')}
          </button>
        </p>
      ) : null}
      <Guidance targetMinutes={props.targetMinutes} />
      <p class="panel__footnote">{t('neverSubmits')}</p>
    </aside>
  );
}
