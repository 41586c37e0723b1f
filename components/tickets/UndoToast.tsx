import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** How long "Undo" stays on screen; the ticket stays restorable for 30 days in the database anyway. */
export const UNDO_TIMEOUT_MS = 10_000;

interface Props {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}

/** A status message with an Undo button; announced politely, and it does not steal focus. */
export function UndoToast({ message, onUndo, onDismiss }: Props) {
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new message restarts the countdown
  useEffect(() => {
    const timer = setTimeout(onDismiss, UNDO_TIMEOUT_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div class="toast" role="status" data-testid="toast">
      <span>{message}</span>
      <button type="button" class="btn btn--inverse" onClick={onUndo} data-action="undo">
        {t('undo')}
      </button>
      <button type="button" class="btn btn--inverse btn--icon" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
