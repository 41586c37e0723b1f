import { emptyTenantDraft, type TenantDraft } from '../../lib/settings/draft';
import { t } from '../../lib/i18n';
import { errorAt, Section, TextField } from './fields';

interface Props {
  kind: 'ownTenants' | 'customers';
  tenants: TenantDraft[];
  errors: Record<string, string>;
  onChange: (tenants: TenantDraft[]) => void;
  /** Directories the organisation's policy lists (lower-case ids): shown read only, never removed. */
  managedIds?: ReadonlySet<string>;
}

/** An editable list of tenants: the partner's own directories, or the customers. */
export function TenantsSection({ kind, tenants, errors, onChange, managedIds = new Set() }: Props) {
  const own = kind === 'ownTenants';
  const update = (index: number, patch: Partial<TenantDraft>) => onChange(tenants.map((tenant, i) => (i === index ? { ...tenant, ...patch } : tenant)));
  return (
    <Section id={kind} title={t(own ? 'sectionOwnTenants' : 'sectionCustomers')} help={t(own ? 'sectionOwnTenantsHelp' : 'sectionCustomersHelp')}>
      {tenants.length === 0 ? <p class="empty">{t(own ? 'emptyOwnTenants' : 'emptyCustomers')}</p> : null}
      <ul class="tenant-list">
        {tenants.map((tenant, index) => {
          const path = `${kind}.${index}`;
          // The policy's tenants lead the list and cannot be removed, so they stay its first rows.
          const locked = index < managedIds.size && managedIds.has(tenant.tenantId.trim().toLowerCase());
          // One field of this row: its id and error by the row's settings path, read only under a policy.
          const field = (key: 'name' | 'tenantId' | 'domains', label: string, extra: Partial<Parameters<typeof TextField>[0]>) => (
            <TextField
              id={`${path}-${key}`}
              label={label}
              value={tenant[key]}
              lockNoteId={locked ? `${path}-lock` : undefined}
              error={errorAt(errors, `${path}.${key}`)}
              onInput={(value) => update(index, { [key]: value })}
              {...extra}
            />
          );
          return (
            <li key={tenant.rowKey} class="tenant" data-testid={`${kind}-row`} data-managed={locked || undefined}>
              {locked ? (
                <p class="tag" id={`${path}-lock`}>
                  {t('setByOrganization')}
                </p>
              ) : null}
              {tenant.source === 'learned' ? <p class="tag">{t('customerLearned')}</p> : null}
              <div class="grid grid--tenant">
                {field('name', t('fieldTenantName'), { required: true })}
                {field('tenantId', t('fieldTenantId'), { required: true })}
                {field('domains', t('fieldDomains'), { multiline: true, help: t('helpOnePerLine') })}
              </div>
              {locked ? null : (
                <button type="button" class="button button--quiet" onClick={() => onChange(tenants.filter((_, i) => i !== index))}>
                  {t('removeNamed', tenant.name || t('unnamed'))}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" class="button" onClick={() => onChange([...tenants, emptyTenantDraft()])}>
        {t(own ? 'addOwnTenant' : 'addCustomer')}
      </button>
    </Section>
  );
}
