import { t } from '../../lib/i18n';
import { stateLabel, stateTone } from '../../lib/tickets/labels';
import type { LiveSla } from '../../lib/tickets/view';

const ICONS = { ok: '✓', warn: '▲', bad: '✕', neutral: '■' } as const;

/** The state in words, with colour and an icon as extra cues (never the only one). */
export function StateBadge({ live }: { live: LiveSla }) {
  const tone = stateTone(live.state);
  const label = stateLabel(live);
  return (
    <span class={`state state--${tone}`} data-testid="state" data-state={live.state}>
      <span class="state__icon" aria-hidden="true">
        {live.state === 'paused' ? '❚❚' : ICONS[tone]}
      </span>
      {t(label.key, label.subs)}
    </span>
  );
}
