import type { ContextView, EvidenceLine, EvidenceWhere } from '../../lib/assistant/context-view';
import { t, type MessageKey } from '../../lib/i18n';
import { OpenSettingsButton } from '../shared/OpenSettingsButton';

interface Props {
  context: ContextView;
  onConfirm: () => void;
  /** "This is my own tenant" (shown while no own tenant is configured). */
  onMarkOwn?: () => void;
  onOpenSettings?: () => void;
  /** Why the last "This is my own tenant" did not add it. */
  markOwnError?: 'noTenantId' | 'saveFailed' | null;
}

/**
 * The tenant verdict. Only a wrong context (own tenant, other customer) is an alert; everything
 * else is a polite status, so screen readers are interrupted only when it matters.
 */
export function ContextBanner({ context, onConfirm, onMarkOwn, onOpenSettings, markOwnError }: Props) {
  return (
    <>
      <Verdict context={context} onConfirm={onConfirm} />
      {context.askOwnTenants ? (
        <div role="status" class="banner__note" data-testid="ask-own-tenants">
          <p>{t('ctxAskOwnTenants')}</p>
          {markOwnError ? <p>{t(markOwnError === 'noTenantId' ? 'ctxMarkOwnNoId' : 'ctxMarkOwnFailed')}</p> : null}
          <div class="report__actions">
            <button type="button" class="button" onClick={onMarkOwn}>
              {t('ctxMarkOwn')}
            </button>
            <OpenSettingsButton look="button button--quiet" onClick={onOpenSettings} />
          </div>
        </div>
      ) : null}
      {context.disagreement ? (
        <p role="status" class="banner__note">
          {t('ctxDisagree', [whereName(context.disagreement.believed.where), context.disagreement.believed.value, whereName(context.disagreement.other.where), context.disagreement.other.value])}
        </p>
      ) : null}
      {context.evidence.length > 0 ? <Why evidence={context.evidence} /> : null}
    </>
  );
}

const WHERE_KEYS: Record<EvidenceWhere, MessageKey> = {
  header: 'evWhereHeader',
  orgSwitcher: 'evWhereOrgSwitcher',
  logo: 'evWhereLogo',
  url: 'evWhereUrl',
  hop: 'evWhereHop',
  gdap: 'evWhereGdap',
};
const whereName = (where: EvidenceWhere) => t(WHERE_KEYS[where]);
const MATCHED_KEYS = { own: 'evMatchedOwn', customer: 'evMatchedCustomer', none: 'evMatchedNone' } as const;

/** "Why?": every signal the verdict was drawn from, one click away. */
function Why({ evidence }: { evidence: EvidenceLine[] }) {
  return (
    <details class="why">
      <summary>{t('whyTitle')}</summary>
      <ul>
        {evidence.map((line) => (
          <li key={`${line.where}:${line.value}`}>
            {whereName(line.where)}: <q>{line.value}</q> — {t(MATCHED_KEYS[line.matched ?? 'none'])}
            {line.weak ? ` (${t('evWeak')})` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}

function Verdict({ context, onConfirm }: Pick<Props, 'context' | 'onConfirm'>) {
  switch (context.outcome) {
    case 'own':
      return (
        <div role="alert" class="banner banner--wrong" data-outcome="own">
          <p class="banner__title">⚠ {t('ctxOwnTitle', context.tenantName)}</p>
          <p>{t('ctxOwnBody')}</p>
        </div>
      );
    case 'mismatch':
      return (
        <div role="alert" class="banner banner--wrong" data-outcome="mismatch">
          <p class="banner__title">⚠ {t('ctxMismatchTitle', [context.intendedName, context.actualName])}</p>
          <p>{t('ctxMismatchBody')}</p>
          {context.partnerCenterUrl ? (
            <a class="banner__link" href={context.partnerCenterUrl} target="_blank" rel="noopener noreferrer">
              {t('ctxBackToPartnerCenter', context.intendedName)}
            </a>
          ) : null}
        </div>
      );
    case 'customer':
      return (
        <div role="status" class="banner banner--ok" data-outcome="customer">
          <p class="banner__title">
            ✓ {context.customerName ? t(context.fromPartnerCenter ? 'ctxCustomerFromPartnerCenter' : 'ctxCustomer', context.customerName) : t('ctxCustomerUnnamed', context.tenantLabel)}
          </p>
        </div>
      );
    case 'unknown':
      return (
        <div role="status" class="banner banner--unknown" data-outcome="unknown">
          <p class="banner__title">? {t('ctxUnknownTitle')}</p>
          {context.confirmed ? null : (
            <>
              <p>{t('ctxUnknownBody')}</p>
              <button type="button" class="button" onClick={onConfirm}>
                {t('ctxConfirm')}
              </button>
            </>
          )}
        </div>
      );
  }
}
