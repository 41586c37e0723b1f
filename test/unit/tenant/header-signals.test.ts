import { beforeEach, describe, expect, it } from 'vitest';
import { headerTenantSignals, parseAvatarTitle, parseDirectoryText } from '../../../lib/tenant/header-signals';

const TID = '22222222-2222-4222-8222-222222222222';

function signals(html: string) {
  document.body.innerHTML = html;
  return headerTenantSignals(document).map(({ kind, value }) => ({ kind, value }));
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('parseDirectoryText', () => {
  it.each([
    ['Contoso Ltd', { name: 'Contoso Ltd' }],
    ['  Contoso   Ltd \n', { name: 'Contoso Ltd' }],
    ['Contoso Ltd (contoso.onmicrosoft.com)', { name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' }],
    [`Contoso Ltd (${TID.toUpperCase()})`, { name: 'Contoso Ltd', tenantId: TID }],
    ['Default Directory', { name: 'Default Directory' }],
    ['Contoso (Europe)', { name: 'Contoso (Europe)' }],
    ['contoso.onmicrosoft.com', { domain: 'contoso.onmicrosoft.com' }],
    [TID, { tenantId: TID }],
    ['Directories + subscriptions', null],
    ['', null],
  ])('%j', (text, expected) => {
    expect(parseDirectoryText(text)).toEqual(expected);
  });

  it('caps page text at 200 characters', () => {
    expect(parseDirectoryText('x'.repeat(1000))?.name).toHaveLength(200);
  });
});

describe('parseAvatarTitle', () => {
  it.each([
    [`Account: lucia@fabrikam.example\nDirectory: Contoso Ltd (${TID})\n`, { name: 'Contoso Ltd', tenantId: TID }],
    [`Cuenta: lucia@fabrikam.example\nDirectorio: Contoso Ltd (contoso.onmicrosoft.com)\nCambiar`, { name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' }],
    [`ユーザー\nディレクトリ：Contoso (${TID})\n`, { name: 'Contoso', tenantId: TID }],
    [`Directory: Contoso Ltd (${TID})`, { name: 'Contoso Ltd', tenantId: TID }],
    ['Account: lucia@fabrikam.example\nNo directory', null],
  ])('%j', (title, expected) => {
    expect(parseAvatarTitle(title)).toEqual(expected);
  });
});

describe('headerTenantSignals', () => {
  it.each([
    ['.fxs-avatarmenu-tenant with a name', '<div class="fxs-avatarmenu-tenant">CONTOSO LTD</div>', [{ kind: 'directoryName', value: 'CONTOSO LTD' }]],
    [
      '.fxs-avatarmenu-tenant-name inside .fxs-avatarmenu-tenant, reported once',
      '<div class="fxs-avatarmenu-tenant-container"><div class="fxs-avatarmenu-tenant"><span class="fxs-avatarmenu-tenant-name">Contoso</span></div></div>',
      [{ kind: 'directoryName', value: 'Contoso' }],
    ],
    [
      '.fxs-settings-currentdirectoryname "Name (domain)"',
      '<span class="fxs-settings-currentdirectoryname">Contoso Ltd (contoso.onmicrosoft.com)</span>',
      [
        { kind: 'directoryName', value: 'Contoso Ltd' },
        { kind: 'domain', value: 'contoso.onmicrosoft.com' },
      ],
    ],
    [
      'DirectoryMenu "Name (guid)"',
      `<button data-telemetryname="DirectoryMenu">Contoso (${TID})</button>`,
      [
        { kind: 'directoryName', value: 'Contoso' },
        { kind: 'tenantId', value: TID },
      ],
    ],
    ['DirectoryMenu generic caption', '<button data-telemetryname="DirectoryMenu">Directories + subscriptions</button>', []],
    [
      'avatar header title',
      `<div class="fxs-avatarmenu-header" title="Account: lucia@fabrikam.example&#10;Directory: Contoso Ltd (${TID})&#10;"></div>`,
      [
        { kind: 'directoryName', value: 'Contoso Ltd' },
        { kind: 'tenantId', value: TID },
      ],
    ],
    ['GDAP username', '<div class="fxs-avatarmenu-username">user_1234567</div>', [{ kind: 'gdapUser', value: 'user_1234567' }]],
    ['ordinary username is not a tenant signal', '<div class="fxs-avatarmenu-username">lucia@fabrikam.example</div>', []],
    ['M365 OrgName', '<span data-automation-id="OrgName">Contoso Ltd</span>', [{ kind: 'directoryName', value: 'Contoso Ltd' }]],
    ['M365 tenant logo with an org name', '<a id="O365_MainLink_TenantLogo" aria-label="Contoso Ltd"></a>', [{ kind: 'directoryName', value: 'Contoso Ltd' }]],
    [
      'M365 tenant logo: the title names the org, not the initial shown',
      '<a id="O365_MainLink_TenantLogo" title="Fabrikam Partners"><span>F</span></a>',
      [{ kind: 'directoryName', value: 'Fabrikam Partners' }],
    ],
    ['M365 tenant logo with only an initial is no org name', '<a id="O365_MainLink_TenantLogo"><span>F</span></a>', []],
    ['M365 "All tenants" view names no single organisation', '<span data-automation-id="OrgName">All tenants</span>', []],
    ['M365 tenant logo with a generic caption', '<a id="O365_MainLink_TenantLogo" aria-label="Go to your organization\'s home page"></a>', []],
    ['header buttons are not org names', '<div class="o365cs-base"><button aria-label="Settings"></button><button aria-label="Help"></button></div>', []],
    ['our own banner echoing a name', '<div data-csp-assistant><div class="fxs-avatarmenu-tenant">Fabrikam</div></div>', []],
    ['no header at all', '<main>Hello</main>', []],
  ])('%s', (_name, html, expected) => {
    expect(signals(html)).toEqual(expected);
  });

  it('marks every signal as read from the header, with its selector', () => {
    document.body.innerHTML = '<div class="fxs-avatarmenu-tenant">Contoso</div>';
    expect(headerTenantSignals(document)).toEqual([{ kind: 'directoryName', value: 'Contoso', source: 'header', detail: '.fxs-avatarmenu-tenant' }]);
  });
});
