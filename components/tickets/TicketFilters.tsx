import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { TicketFilterState } from './filters';

export interface CustomerOption {
  tenantId: string;
  name: string;
}

interface Props {
  filters: TicketFilterState;
  customers: readonly CustomerOption[];
  onChange: (filters: TicketFilterState) => void;
}

/** How long typing pauses before the search runs, so each keystroke does not query the database. */
const SEARCH_DELAY_MS = 200;

/** Search box and the open/closed, customer and portal filters. */
export function TicketFilters({ filters, customers, onChange }: Props) {
  const [search, setSearch] = useState(filters.search);

  useEffect(() => {
    if (search === filters.search) return undefined;
    const timer = setTimeout(() => onChange({ ...filters, search }), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, filters, onChange]);

  const select = (key: 'status' | 'customer' | 'portal') => (event: Event) => onChange({ ...filters, [key]: (event.currentTarget as HTMLSelectElement).value });

  return (
    <search class="filters">
      <label class="visually-hidden" for="ticket-search">
        {t('searchLabel')}
      </label>
      <input
        id="ticket-search"
        class="filters__search"
        type="search"
        value={search}
        placeholder={t('searchPlaceholder')}
        onInput={(event) => setSearch((event.currentTarget as HTMLInputElement).value)}
      />
      <FilterSelect id="filter-status" label={t('filterStatus')} value={filters.status} onChange={select('status')}>
        <option value="open">{t('filterOpen')}</option>
        <option value="closed">{t('filterClosed')}</option>
        <option value="all">{t('filterAll')}</option>
      </FilterSelect>
      <FilterSelect id="filter-customer" label={t('filterCustomer')} value={filters.customer} onChange={select('customer')}>
        <option value="">{t('filterAllCustomers')}</option>
        {customers.map((customer) => (
          <option key={customer.tenantId} value={customer.tenantId}>
            {customer.name}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect id="filter-portal" label={t('filterPortal')} value={filters.portal} onChange={select('portal')}>
        <option value="">{t('filterAllPortals')}</option>
        <option value="azure">{t('portalAzure')}</option>
        <option value="m365">{t('portalM365')}</option>
      </FilterSelect>
    </search>
  );
}

/** One filter: a select with its label kept for screen readers (the options say what it filters). */
function FilterSelect({ id, label, value, onChange, children }: { id: string; label: string; value: string; onChange: (event: Event) => void; children: ComponentChildren }) {
  return (
    <>
      <label class="visually-hidden" for={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={onChange}>
        {children}
      </select>
    </>
  );
}
