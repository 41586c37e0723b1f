/**
 * npm run policies: writes the admin templates in policies/ from one description, so the Group
 * Policy files, the JSON examples and public/managed_schema.json cannot drift apart (a unit test
 * renders them again and compares). Run it after changing a managed setting.
 *
 * Chrome and Edge read an extension's policy from the registry key
 * Software\Policies\<browser>\3rdparty\extensions\<id>\policy: a subkey is an object, a list is a
 * subkey with values named 1, 2, 3…, and a string holding JSON is read as the object or list the
 * schema expects (the tenant lists are given that way).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHROMIUM_EXTENSION_ID, FIREFOX_EXTENSION_ID } from '../lib/extension-id.ts';

type Lang = 'en-US' | 'es-ES';
type Text = Record<Lang, string>;

type Element =
  | { kind: 'text'; name: string; label: Text; subkey?: string }
  | { kind: 'json'; name: string; label: Text }
  | { kind: 'decimal'; name: string; label: Text; min: number; max: number; subkey?: string }
  | { kind: 'boolean'; name: string; label: Text }
  | { kind: 'enum'; name: string; label: Text; options: { value: string; label: Text }[] }
  | { kind: 'list'; name: string; label: Text };

interface Policy {
  name: string;
  /** The registry subkey under …\policy (none: the values sit in …\policy itself). */
  subkey?: string;
  title: Text;
  explain: Text;
  elements: Element[];
}

const text = (name: string, en: string, es: string, subkey?: string): Element => ({ kind: 'text', name, label: { 'en-US': en, 'es-ES': es }, subkey });

const POLICIES: Policy[] = [
  {
    name: 'PartnerProfile',
    subkey: 'partner',
    title: { 'en-US': 'Partner profile', 'es-ES': 'Perfil del partner' },
    explain: {
      'en-US':
        'The partner contact the assistant puts on support requests filed for customers. Each value set here is locked on the options page; values left empty stay each engineer’s own (usually first name, last name and email).',
      'es-ES':
        'El contacto del partner que el asistente pone en las solicitudes de soporte de los clientes. Cada valor definido aquí queda bloqueado en la página de opciones; los que se dejan vacíos siguen siendo de cada técnico (normalmente nombre, apellidos y correo).',
    },
    elements: [
      text('companyName', 'Company name', 'Nombre de la empresa'),
      text('firstName', 'First name', 'Nombre'),
      text('lastName', 'Last name', 'Apellidos'),
      text('email', 'Email (for example a shared support mailbox)', 'Correo electrónico (por ejemplo, un buzón de soporte compartido)'),
      { kind: 'list', name: 'additionalEmails', label: { 'en-US': 'Additional emails, one per entry', 'es-ES': 'Correos adicionales, uno por entrada' } },
      text('phone', 'Phone, international format (+34 910 000 000)', 'Teléfono, formato internacional (+34 910 000 000)'),
      text('country', 'Country or region, ISO two-letter code (ES, US)', 'País o región, código ISO de dos letras (ES, US)'),
      text('timeZone', 'Time zone, IANA name (Europe/Madrid)', 'Zona horaria, nombre IANA (Europe/Madrid)'),
      text('supportLanguage', 'Support language tag (en-US, es-ES)', 'Idioma de soporte (en-US, es-ES)'),
      {
        kind: 'enum',
        name: 'preferredContactMethod',
        label: { 'en-US': 'Preferred contact method', 'es-ES': 'Método de contacto preferido' },
        options: [
          { value: 'email', label: { 'en-US': 'Email', 'es-ES': 'Correo electrónico' } },
          { value: 'phone', label: { 'en-US': 'Phone', 'es-ES': 'Teléfono' } },
        ],
      },
    ],
  },
  {
    name: 'OwnTenants',
    title: { 'en-US': 'Partner’s own tenants', 'es-ES': 'Inquilinos propios del partner' },
    explain: {
      'en-US':
        'The partner’s own directories, as JSON: [{"name": "Fabrikam", "tenantId": "<GUID>", "domains": ["fabrikam.onmicrosoft.com"]}]. The assistant warns when a support request is opened in one of them (the CSP entitlement does not cover the partner’s own subscriptions). Engineers cannot remove these; they can add more.',
      'es-ES':
        'Los directorios propios del partner, en JSON: [{"name": "Fabrikam", "tenantId": "<GUID>", "domains": ["fabrikam.onmicrosoft.com"]}]. El asistente avisa cuando se abre una solicitud de soporte en uno de ellos (el derecho de soporte CSP no cubre las suscripciones propias del partner). Los técnicos no pueden quitarlos; sí pueden añadir otros.',
    },
    elements: [{ kind: 'json', name: 'ownTenants', label: { 'en-US': 'Own tenants (JSON)', 'es-ES': 'Inquilinos propios (JSON)' } }],
  },
  {
    name: 'Customers',
    title: { 'en-US': 'Customers', 'es-ES': 'Clientes' },
    explain: {
      'en-US': 'Customer directories known in advance, as JSON in the same form as the own tenants. Engineers can add more.',
      'es-ES': 'Directorios de clientes conocidos de antemano, en JSON con la misma forma que los inquilinos propios. Los técnicos pueden añadir otros.',
    },
    elements: [{ kind: 'json', name: 'customers', label: { 'en-US': 'Customers (JSON)', 'es-ES': 'Clientes (JSON)' } }],
  },
  {
    name: 'SlaPolicy',
    subkey: 'sla',
    title: { 'en-US': 'Response targets', 'es-ES': 'Objetivos de respuesta' },
    explain: {
      'en-US': 'Initial-response targets in minutes (CSP: severity A 120, B 240, C 480) and how early to warn before a breach. Leave a value empty to let engineers set it.',
      'es-ES':
        'Objetivos de respuesta inicial en minutos (CSP: severidad A 120, B 240, C 480) y con cuánta antelación avisar antes de incumplirlos. Deje un valor vacío para que lo defina cada técnico.',
    },
    elements: [
      { kind: 'decimal', name: 'A', label: { 'en-US': 'Severity A (critical), minutes', 'es-ES': 'Severidad A (crítica), minutos' }, min: 1, max: 10080, subkey: 'targetMinutes' },
      { kind: 'decimal', name: 'B', label: { 'en-US': 'Severity B (moderate), minutes', 'es-ES': 'Severidad B (moderada), minutos' }, min: 1, max: 10080, subkey: 'targetMinutes' },
      { kind: 'decimal', name: 'C', label: { 'en-US': 'Severity C (minimal), minutes', 'es-ES': 'Severidad C (mínima), minutos' }, min: 1, max: 10080, subkey: 'targetMinutes' },
      { kind: 'decimal', name: 'leadTimeMinutes', label: { 'en-US': 'Warn this many minutes before a breach', 'es-ES': 'Avisar estos minutos antes del incumplimiento' }, min: 1, max: 1440 },
      {
        kind: 'enum',
        name: 'breakFixClock',
        label: { 'en-US': 'Break-fix clock', 'es-ES': 'Reloj de incidencias técnicas' },
        options: [
          { value: '24x7', label: { 'en-US': 'Around the clock (24×7)', 'es-ES': 'Todo el día (24×7)' } },
          { value: 'businessHours', label: { 'en-US': 'Business hours', 'es-ES': 'Horario laboral' } },
        ],
      },
    ],
  },
  {
    name: 'BusinessHours',
    subkey: 'businessHours',
    title: { 'en-US': 'Business hours', 'es-ES': 'Horario laboral' },
    explain: {
      'en-US': 'The calendar for non-break-fix and local-language requests. Days are ISO weekdays (1 = Monday … 7 = Sunday), holidays YYYY-MM-DD.',
      'es-ES': 'El calendario de las solicitudes no técnicas y en idioma local. Los días son días ISO (1 = lunes … 7 = domingo), los festivos AAAA-MM-DD.',
    },
    elements: [
      { kind: 'list', name: 'days', label: { 'en-US': 'Working days (1–7), one per entry', 'es-ES': 'Días laborables (1–7), uno por entrada' } },
      text('start', 'Start (HH:MM)', 'Inicio (HH:MM)'),
      text('end', 'End (HH:MM)', 'Fin (HH:MM)'),
      text('timeZone', 'Time zone, IANA name', 'Zona horaria, nombre IANA'),
      { kind: 'list', name: 'holidays', label: { 'en-US': 'Holidays (YYYY-MM-DD), one per entry', 'es-ES': 'Festivos (AAAA-MM-DD), uno por entrada' } },
    ],
  },
  {
    name: 'Switches',
    subkey: 'switches',
    title: { 'en-US': 'What the assistant does on the form', 'es-ES': 'Qué hace el asistente en el formulario' },
    explain: {
      'en-US': 'Each switch set here is locked on the options page.',
      'es-ES': 'Cada opción definida aquí queda bloqueada en la página de opciones.',
    },
    elements: [
      { kind: 'boolean', name: 'showContextWarning', label: { 'en-US': 'Warn in the partner’s own tenant', 'es-ES': 'Avisar en el inquilino propio del partner' } },
      { kind: 'boolean', name: 'prefillSupportPlan', label: { 'en-US': 'Pick Cloud Solution Provider as the support plan', 'es-ES': 'Elegir Cloud Solution Provider como plan de soporte' } },
      { kind: 'boolean', name: 'prefillContact', label: { 'en-US': 'Fill the partner’s contact', 'es-ES': 'Rellenar el contacto del partner' } },
    ],
  },
];

const BROWSERS = [
  { id: 'Chrome', root: 'Software\\Policies\\Google\\Chrome', label: { 'en-US': 'Google Chrome', 'es-ES': 'Google Chrome' } },
  { id: 'Edge', root: 'Software\\Policies\\Microsoft\\Edge', label: { 'en-US': 'Microsoft Edge', 'es-ES': 'Microsoft Edge' } },
] as const;

/** An example policy an admin can start from: the values a partner company shares. */
export const EXAMPLE_POLICY = {
  partner: { companyName: 'Fabrikam Partners', phone: '+34 910 000 000', country: 'ES', timeZone: 'Europe/Madrid', supportLanguage: 'en-US', preferredContactMethod: 'email' },
  ownTenants: [{ name: 'Fabrikam Partners', tenantId: '11111111-1111-4111-8111-111111111111', domains: ['fabrikampartners.onmicrosoft.com'] }],
  customers: [{ name: 'Contoso Ltd', tenantId: '22222222-2222-4222-8222-222222222222', domains: ['contoso.onmicrosoft.com'] }],
  sla: { targetMinutes: { A: 120, B: 240, C: 480 }, leadTimeMinutes: 15 },
  businessHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00', timeZone: 'Europe/Madrid' },
  switches: { showContextWarning: true, prefillSupportPlan: true },
};

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stringId = (...parts: string[]) => parts.join('_');

function elementXml(policy: Policy, element: Element, key: string): string {
  const id = `id="${element.name}"`;
  const ownKey = 'subkey' in element && element.subkey ? ` key="${key}\\${element.subkey}"` : '';
  switch (element.kind) {
    case 'text':
      return `<text ${id} valueName="${element.name}" maxLength="254"${ownKey} />`;
    case 'json':
      return `<text ${id} valueName="${element.name}" maxLength="32000" />`;
    case 'decimal':
      return `<decimal ${id} valueName="${element.name}" minValue="${element.min}" maxValue="${element.max}"${ownKey} />`;
    case 'boolean':
      return `<boolean ${id} valueName="${element.name}"><trueValue><decimal value="1" /></trueValue><falseValue><decimal value="0" /></falseValue></boolean>`;
    case 'list':
      return `<list ${id} key="${key}\\${element.name}" valuePrefix="" />`;
    case 'enum':
      return `<enum ${id} valueName="${element.name}">${element.options.map((option) => `<item displayName="$(string.${stringId(policy.name, element.name, option.value.replace(/\W/g, ''))})"><value><string>${option.value}</string></value></item>`).join('')}</enum>`;
  }
}

export function renderAdmx(): string {
  const policies = BROWSERS.flatMap((browser) =>
    POLICIES.map((policy) => {
      const key = `${browser.root}\\3rdparty\\extensions\\${CHROMIUM_EXTENSION_ID}\\policy${policy.subkey ? `\\${policy.subkey}` : ''}`;
      return [
        `    <policy name="${browser.id}_${policy.name}" class="Both" displayName="$(string.${policy.name})" explainText="$(string.${policy.name}_Explain)" presentation="$(presentation.${policy.name})" key="${key}">`,
        `      <parentCategory ref="${browser.id}" />`,
        '      <supportedOn ref="SUPPORTED_CHROMIUM_120" />',
        '      <elements>',
        ...policy.elements.map((element) => `        ${elementXml(policy, element, key)}`),
        '      </elements>',
        '    </policy>',
      ].join('\n');
    }),
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by npm run policies (scripts/policy-templates.ts): edit the script, not this file. -->
<policyDefinitions xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <policyNamespaces>
    <target prefix="cspsupportassistant" namespace="CspSupportAssistant.Policies" />
  </policyNamespaces>
  <resources minRequiredRevision="1.0" />
  <supportedOn>
    <definitions>
      <definition name="SUPPORTED_CHROMIUM_120" displayName="$(string.SUPPORTED_CHROMIUM_120)" />
    </definitions>
  </supportedOn>
  <categories>
    <category name="CspSupportAssistant" displayName="$(string.CspSupportAssistant)" />
${BROWSERS.map((browser) => `    <category name="${browser.id}" displayName="$(string.${browser.id})">\n      <parentCategory ref="CspSupportAssistant" />\n    </category>`).join('\n')}
  </categories>
  <policies>
${policies.join('\n')}
  </policies>
</policyDefinitions>
`;
}

export function renderAdml(lang: Lang): string {
  const strings: [string, string][] = [
    ['CspSupportAssistant', 'CSP Support Assistant'],
    ['SUPPORTED_CHROMIUM_120', lang === 'en-US' ? 'Google Chrome or Microsoft Edge 120 or later' : 'Google Chrome o Microsoft Edge 120 o posterior'],
    ...BROWSERS.map((browser): [string, string] => [browser.id, browser.label[lang]]),
    ...POLICIES.flatMap((policy): [string, string][] => [
      [policy.name, policy.title[lang]],
      [`${policy.name}_Explain`, policy.explain[lang]],
      ...policy.elements.flatMap((element): [string, string][] =>
        element.kind === 'enum' ? element.options.map((option): [string, string] => [stringId(policy.name, element.name, option.value.replace(/\W/g, '')), option.label[lang]]) : [],
      ),
    ]),
  ];
  const presentation = (element: Element): string => {
    const label = escapeXml(element.label[lang]);
    switch (element.kind) {
      case 'text':
      case 'json':
        return `<textBox refId="${element.name}"><label>${label}</label></textBox>`;
      case 'decimal':
        return `<decimalTextBox refId="${element.name}">${label}</decimalTextBox>`;
      case 'boolean':
        return `<checkBox refId="${element.name}">${label}</checkBox>`;
      case 'list':
        return `<listBox refId="${element.name}">${label}</listBox>`;
      case 'enum':
        return `<dropdownList refId="${element.name}" noSort="true">${label}</dropdownList>`;
    }
  };
  return `<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by npm run policies (scripts/policy-templates.ts): edit the script, not this file. -->
<policyDefinitionResources xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions">
  <displayName>CSP Support Assistant</displayName>
  <description>CSP Support Assistant</description>
  <resources>
    <stringTable>
${strings.map(([id, value]) => `      <string id="${id}">${escapeXml(value)}</string>`).join('\n')}
    </stringTable>
    <presentationTable>
${POLICIES.map((policy) => `      <presentation id="${policy.name}">\n${policy.elements.map((element) => `        ${presentation(element)}`).join('\n')}\n      </presentation>`).join('\n')}
    </presentationTable>
  </resources>
</policyDefinitionResources>
`;
}

/** /etc/opt/chrome/policies/managed, /etc/chromium/policies/managed or /etc/opt/edge/policies/managed on Linux; the same JSON on macOS profiles. */
export function renderChromiumJson(): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [CHROMIUM_EXTENSION_ID]: EXAMPLE_POLICY } } }, null, 2)}\n`;
}

/** Firefox: policies.json in the distribution folder (or /etc/firefox/policies on Linux). */
export function renderFirefoxJson(): string {
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_EXTENSION_ID]: EXAMPLE_POLICY } } } }, null, 2)}\n`;
}

/** Every template, by path from the repository root. */
export function renderTemplates(): Record<string, string> {
  return {
    'policies/windows/csp-support-assistant.admx': renderAdmx(),
    'policies/windows/en-US/csp-support-assistant.adml': renderAdml('en-US'),
    'policies/windows/es-ES/csp-support-assistant.adml': renderAdml('es-ES'),
    'policies/chromium/csp-support-assistant.json': renderChromiumJson(),
    'policies/firefox/policies.json': renderFirefoxJson(),
  };
}

/** The managed values the templates can set, as dotted paths (the unit test checks them against managed_schema.json). */
export function templatePaths(): string[] {
  return POLICIES.flatMap((policy) => policy.elements.map((element) => [policy.subkey, 'subkey' in element ? element.subkey : undefined, element.name].filter(Boolean).join('.')));
}

if (import.meta.main) {
  const root = join(dirname(new URL(import.meta.url).pathname), '..');
  for (const [path, content] of Object.entries(renderTemplates())) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
    console.log(`wrote ${path}`);
  }
}
