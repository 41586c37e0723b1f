import { t } from '../../lib/i18n';

/** What the assistant concluded about the tenant, ready to show (names already resolved). */
export type ContextView =
  | { outcome: 'own'; tenantName: string }
  | { outcome: 'mismatch'; intendedName: string; actualName: string; partnerCenterUrl: string | null }
  | { outcome: 'customer'; customerName: string | null; tenantLabel: string; fromPartnerCenter: boolean }
  | { outcome: 'unknown'; confirmed: boolean; ownTenantsConfigured: boolean };

interface Props {
  context: ContextView;
  onConfirm: () => void;
}

/**
 * The tenant verdict. Only a wrong context (own tenant, other customer) is an alert; everything
 * else is a polite status, so screen readers are interrupted only when it matters.
 */
export function ContextBanner({ context, onConfirm }: Props) {
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
              {context.ownTenantsConfigured ? null : <p>{t('ctxSetUpTenants')}</p>}
              <button type="button" class="button" onClick={onConfirm}>
                {t('ctxConfirm')}
              </button>
            </>
          )}
        </div>
      );
  }
}
