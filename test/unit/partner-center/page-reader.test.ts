import { afterEach, describe, expect, it } from 'vitest';
import { intentCustomer, readCustomerPage, readSeenCustomers } from '../../../lib/partner-center/page-reader';
import { portalHandoff } from '../../../lib/partner-center/urls';

const CONTOSO = '22222222-2222-4222-8222-222222222222';
const NORTHWIND = '33333333-3333-4333-8333-333333333333';
const ADATUM = '44444444-4444-4444-8444-444444444444';
const PC = 'https://partner.microsoft.com';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('readCustomerPage: the customer a page is about', () => {
  it('account page as a definition list (English): name, Microsoft ID, domain, relationship', () => {
    const doc = page(`
      <header><span>Fabrikam Partners</span></header>
      <main>
        <nav class="pc-breadcrumb" aria-label="Breadcrumb"><a href="/dashboard/v2/customers/list">Customers</a><span aria-hidden="true"> › </span><span>Adatum Corporation</span></nav>
        <h1>Adatum Corporation</h1>
        <h2>Account</h2>
        <dl>
          <dt>Company name</dt><dd>Adatum Corporation</dd>
          <dt>Microsoft ID</dt><dd>${ADATUM}</dd>
          <dt>Primary domain name</dt><dd>adatum.onmicrosoft.com</dd>
          <dt>Relationship</dt><dd><span>Indirect reseller</span></dd>
          <dt>Indirect provider</dt><dd>Litware Distribution</dd>
        </dl>
      </main>`);
    expect(readCustomerPage(doc, `${PC}/dashboard/v2/customers/${ADATUM}/account`)).toEqual({
      tenantId: ADATUM,
      name: 'Adatum Corporation',
      domain: 'adatum.onmicrosoft.com',
      role: 'indirectReseller',
    });
  });

  it('Spanish account page as a two-column table, tenant only in "Id. de Microsoft" (no id in the URL)', () => {
    const doc = page(`
      <main>
        <table><tbody>
          <tr><th>Nombre de la empresa</th><td>Contoso Ltd</td></tr>
          <tr><th>Id. de Microsoft</th><td> ${CONTOSO.toUpperCase()} </td></tr>
          <tr><th>Nombre de dominio principal</th><td>contoso.onmicrosoft.com</td></tr>
          <tr><th>Relación</th><td>Asociado de facturación directa</td></tr>
        </tbody></table>
      </main>`);
    expect(readCustomerPage(doc, `${PC}/es-es/dashboard/commerce2/customers/account`)).toEqual({
      tenantId: CONTOSO,
      name: 'Contoso Ltd',
      domain: 'contoso.onmicrosoft.com',
      role: null,
    });
  });

  it('label and value in one line ("Microsoft ID: …"), label/value cousins in divs', () => {
    const doc = page(`
      <div role="main">
        <p><strong>Microsoft ID:</strong> ${NORTHWIND}</p>
        <div class="row"><div><span>Customer name</span></div><div>Northwind Traders</div></div>
        <div class="row"><label>Relationship type:</label><span>Advisor</span></div>
      </div>`);
    expect(readCustomerPage(doc, `${PC}/dashboard/v2/customers/overview`)).toEqual({ tenantId: NORTHWIND, name: 'Northwind Traders', domain: null, role: 'advisor' });
  });

  it('Service management: Fluent breadcrumb (icons hidden) names the customer; the role comes from the note addressed to the partner', () => {
    const doc = page(`
      <main>
        <div class="ms-Breadcrumb"><ol class="ms-Breadcrumb-list">
          <li class="ms-Breadcrumb-listItem"><a class="ms-Breadcrumb-itemLink" href="/dashboard/v2/customers/list"><span>Customers</span></a><i aria-hidden="true">›</i></li>
          <li class="ms-Breadcrumb-listItem"><span class="ms-Breadcrumb-item"><div>Adatum Corporation</div></span></li>
        </ol></div>
        <h2>Service management</h2>
        <div role="status"><strong>You are an indirect reseller for this customer.</strong> Indirect resellers and advisors can't open Azure support requests on the customer's behalf.</div>
      </main>`);
    expect(readCustomerPage(doc, `${PC}/en-us/dashboard/v2/customers/${ADATUM}/servicemanagementpage`)).toMatchObject({ tenantId: ADATUM, name: 'Adatum Corporation', role: 'indirectReseller' });
  });

  it('Spanish note: "Eres revendedor indirecto…"; the general rule alone names no role', () => {
    const note = page(`<main><h1>Adatum Corporation</h1><div>Eres revendedor indirecto para este cliente. Los revendedores indirectos y los asesores no pueden abrir solicitudes.</div></main>`);
    expect(readCustomerPage(note, `${PC}/es-es/dashboard/v2/customers/${ADATUM}/servicemanagementpage`).role).toBe('indirectReseller');
    const rule = page(`<main><h1>Contoso Ltd</h1><p>Los revendedores indirectos y los asesores no pueden abrir solicitudes de soporte técnico de Azure.</p></main>`);
    expect(readCustomerPage(rule, `${PC}/es-es/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`).role).toBeNull();
  });

  it('a heading that is a section name, or loading text, is not a customer name', () => {
    const doc = page(`<main><h1>Service management</h1><h1>Loading…</h1></main>`);
    expect(readCustomerPage(doc, `${PC}/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`)).toEqual({ tenantId: CONTOSO, name: null, domain: null, role: null });
  });

  it('Service requests → New request: no tenant on the page, the picker names the customer', () => {
    const doc = page(`
      <main>
        <label id="Dropdown1-label">Customer</label>
        <div role="combobox" aria-labelledby="Dropdown1-label"><span>Northwind Traders</span><i aria-hidden="true">v</i></div>
      </main>`);
    expect(readCustomerPage(doc, `${PC}/dashboard/v2/support/servicerequests`)).toEqual({ tenantId: null, name: 'Northwind Traders', domain: null, role: null });
  });
});

describe('readSeenCustomers: customers to learn', () => {
  it('the customer list: one per row with its domain; links without a tenant or with chrome words are left out', () => {
    const doc = page(`
      <main>
        <a href="/dashboard/v2/customers/list">Customers</a>
        <table>
          <tr data-tenant-id="${CONTOSO}"><td><input type="radio" aria-label="Select row"></td><td><a href="/dashboard/v2/customers/${CONTOSO}/account">Contoso Ltd</a></td><td>contoso.onmicrosoft.com</td><td>Direct bill partner</td></tr>
          <tr><td><a href="https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${NORTHWIND.toUpperCase()}/account">Northwind Traders</a></td><td>northwind.onmicrosoft.com</td></tr>
          <tr><td><a href="/dashboard/v2/customers/${ADATUM}/account">Adatum Corporation</a></td><td>—</td><td><a href="/dashboard/v2/customers/${ADATUM}/servicemanagementpage">Service management</a></td></tr>
          <tr><td><a href="/dashboard/v2/customers/not-a-tenant/account">Broken</a></td></tr>
        </table>
      </main>`);
    expect(readSeenCustomers(doc, `${PC}/dashboard/v2/customers/list`)).toEqual([
      { name: 'Contoso Ltd', tenantId: CONTOSO, domains: ['contoso.onmicrosoft.com'] },
      { name: 'Northwind Traders', tenantId: NORTHWIND, domains: ['northwind.onmicrosoft.com'] },
      { name: 'Adatum Corporation', tenantId: ADATUM, domains: [] },
    ]);
  });

  it('a customer page: the customer itself, never its own menu entries ("Usage", "Billing profile")', () => {
    const doc = page(`
      <main>
        <h1>Contoso Ltd</h1>
        <ul role="menu">
          <li><a href="/dashboard/v2/customers/${CONTOSO}/account">Account</a></li>
          <li><a href="/dashboard/v2/customers/${CONTOSO}/usage">Usage</a></li>
          <li><a href="/dashboard/v2/customers/${CONTOSO}/billingprofile">Billing profile</a></li>
        </ul>
      </main>`);
    expect(readSeenCustomers(doc, `${PC}/dashboard/v2/customers/${CONTOSO}/servicemanagementpage`)).toEqual([{ name: 'Contoso Ltd', tenantId: CONTOSO, domains: [] }]);
  });

  it('the GDAP grid in nested open shadow roots: real rows only (skeleton ids are no tenants), names from link-style buttons', () => {
    document.body.innerHTML = '<main><h1>Granular administration</h1><div id="grid-host"></div></main>';
    const grid = document.getElementById('grid-host')!.attachShadow({ mode: 'open' });
    grid.innerHTML = `<table><tr role="row" id="row-he-row-0"><td>Loading…</td></tr><tr role="row" id="row-1"><td>Loading…</td></tr>
      <tr role="row" id="row-${NORTHWIND}"><td id="cell-displayName-${NORTHWIND}"><span class="btn">Northwind Traders</span></td><td id="cell-tenantId-${NORTHWIND}">${NORTHWIND}</td><td>northwind.onmicrosoft.com</td></tr></table>`;
    // The name button is itself a web component with its own shadow root; its text is slotted light DOM.
    grid.querySelector('.btn')!.attachShadow({ mode: 'open' }).innerHTML = '<button><slot></slot></button>';
    const seen = readSeenCustomers(document, 'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess');
    expect(seen).toEqual([{ name: 'Northwind Traders', tenantId: NORTHWIND, domains: ['northwind.onmicrosoft.com'] }]);
  });

  it('only customers pages teach: a "Manage in CSP" workspace or the dashboard home learn nothing', () => {
    document.body.innerHTML = `<main><h1>Manage in CSP</h1><a href="/dashboard/v2/customers/${NORTHWIND}/account">Northwind Traders</a></main>`;
    expect(readSeenCustomers(document, 'https://partner.microsoft.com/dashboard/home')).toEqual([]);
    expect(readCustomerPage(document, `https://partner.microsoft.com/dashboard/v2/customers/${NORTHWIND}/adminrelationships`).name).toBeNull();
  });

  it('nothing to learn on a page without customers', () => {
    expect(readSeenCustomers(page('<main><h1>Welcome to Partner Center</h1></main>'), `${PC}/dashboard/home`)).toEqual([]);
  });
});

describe('intentCustomer: who a hand-off is for', () => {
  const pageCustomer = { tenantId: CONTOSO, name: 'Contoso Ltd', domain: null, role: null };
  it('the page’s customer, whatever the link names (a link into another tenant is then a mismatch)', () => {
    expect(intentCustomer(pageCustomer, portalHandoff('https://portal.azure.com/#@contoso.onmicrosoft.com/blade/x'))).toEqual({ name: 'Contoso Ltd', tenantId: CONTOSO });
    expect(intentCustomer(pageCustomer, portalHandoff(`https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${NORTHWIND}&CSDEST=Support`))).toEqual({
      name: 'Contoso Ltd',
      tenantId: CONTOSO,
    });
  });
  it('without a customer page, the link’s tenant and the picker’s name; nothing when neither names a tenant', () => {
    const picker = { tenantId: null, name: 'Northwind Traders', domain: null, role: null };
    expect(intentCustomer(picker, portalHandoff('https://portal.azure.com/#@northwind.onmicrosoft.com/blade/x'))).toEqual({ name: 'Northwind Traders', domain: 'northwind.onmicrosoft.com' });
    expect(intentCustomer(picker, portalHandoff(`https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${NORTHWIND}`))).toEqual({ name: 'Northwind Traders', tenantId: NORTHWIND });
    expect(intentCustomer(picker, portalHandoff('https://portal.azure.com/#home'))).toBeNull();
  });
});
