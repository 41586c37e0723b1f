import { fluentChoiceGroup, fluentDropdown, fluentTextField, knockoutRow } from './fixtures';

/**
 * Whole-step look-alikes of the support forms, assembled from the markup snippets in fixtures.ts.
 * Field sets follow docs/research/portal-facts.md §2.1 (Azure, EN 2025 and 2020–21), §2.3 (ES), §3 (M365).
 */

const AZURE_STEPS_EN = ['Problem description', 'Recommended solution', 'Additional details', 'Review + create'];
const AZURE_STEPS_ES = ['Descripción del problema', 'Solución recomendada', 'Detalles adicionales', 'Revisar y crear'];

/** A wizard tab strip with `selected` (index) marked by aria-selected, or by class when `byClass`. */
export function tabStrip(names: string[], selected: number | null, byClass = false): string {
  const tabs = names
    .map((name, index) => {
      const on = index === selected;
      return byClass ? `<li class="fxs-wizard-step ${on ? 'is-selected' : ''}"><span>${index + 1}</span> <span>${name}</span></li>` : `<div role="tab" aria-selected="${on}">${name}</div>`;
    })
    .join('');
  return byClass ? `<ul class="fxs-wizard-steps">${tabs}</ul>` : `<div role="tablist">${tabs}</div>`;
}

/** Azure, current English wizard, first step (Knockout rows). */
export function azureProblemDescriptionEn(withTabs = true): string {
  return `<div class="fxs-journey-layout">
    ${withTabs ? tabStrip(AZURE_STEPS_EN, 0) : ''}
    <section>
      ${knockoutRow('Issue type', 'Technical')}
      ${knockoutRow('Subscription', 'Contoso production (1111)')}
      ${knockoutRow('Service', 'Virtual Machine running Windows')}
      ${knockoutRow('Resource', 'vm-web-01')}
      ${knockoutRow('Problem type', 'Cannot connect to my VM')}
      ${knockoutRow('Problem subtype', 'RDP fails')}
    </section>
    <button class="fxs-button">Next</button>
  </div>`;
}

/** Azure, 2020–21 English wizard ("Basics"), tabs marked by class only. */
export function azureBasicsOldEn(): string {
  return `<div>
    ${tabStrip(['Basics', 'Solutions', 'Details', 'Review + create'], 0, true)}
    ${knockoutRow('Summary', '')}
    ${knockoutRow('Issue type', 'Technical')}
    ${knockoutRow('Subscription', 'Contoso')}
    ${knockoutRow('Service', 'App Service')}
  </div>`;
}

/** Azure, Spanish, "Detalles adicionales" (Fluent v8 controls). Drop fields by key to simulate misses. */
export function azureAdditionalDetailsEs(options: { withTabs?: boolean; omit?: string[] } = {}): string {
  const omit = new Set(options.omit ?? []);
  const part = (key: string, html: string) => (omit.has(key) ? '' : html);
  return `<div>
    ${options.withTabs === false ? '' : tabStrip(AZURE_STEPS_ES, 2)}
    <h2>Detalles del problema</h2>
    ${part(
      'advancedDiagnostics',
      fluentChoiceGroup('diag', 'Información de diagnóstico avanzada', [
        { value: 'y', text: 'Sí' },
        { value: 'n', text: 'No', checked: true },
      ]),
    )}
    <h2>Método de soporte técnico</h2>
    ${part('supportPlan', fluentDropdown('plan', 'Plan de soporte técnico', null))}
    ${part('severity', fluentDropdown('sev', 'Gravedad', 'C - Impacto mínimo'))}
    ${part(
      'contactMethod',
      fluentChoiceGroup('cm', 'Método de contacto preferido', [
        { value: 'email', text: 'Correo electrónico', checked: true },
        { value: 'phone', text: 'Teléfono' },
      ]),
    )}
    ${part('supportLanguage', fluentDropdown('lang', 'Idioma de soporte técnico', 'Español'))}
    <h2>Información de contacto</h2>
    ${part('firstName', fluentTextField('fn', 'Nombre', 'Lucía'))}
    ${part('lastName', fluentTextField('ln', 'Apellidos', 'García'))}
    ${part('email', fluentTextField('em', 'Correo electrónico', 'soporte@fabrikam.example'))}
    ${part('additionalEmail', fluentTextField('ae', 'Correo electrónico adicional para notificaciones'))}
    ${part('phone', fluentTextField('ph', 'Teléfono'))}
    ${part('country', fluentDropdown('country', 'País o región', 'España'))}
    ${part('timeZone', fluentDropdown('tz', 'Zona horaria', '(UTC+01:00) Madrid'))}
    <div class="ms-Checkbox"><input type="checkbox" id="save"><label for="save">Guardar los cambios de contacto para futuras solicitudes de soporte</label></div>
    <button>Anterior</button><button>Siguiente</button>
  </div>`;
}

/** Azure, "Recommended solution": the tab strip and articles, no fields. */
export function azureRecommendedSolutionEn(): string {
  return `<div>${tabStrip(AZURE_STEPS_EN, 1)}
    <article><h3>Troubleshoot RDP connections</h3><p>Reset the RDP configuration from the portal.</p></article>
    <button>Return to support request</button><button>Next</button></div>`;
}

/** Azure, "Review + create": label/value text rows and the Create button; `withTabs` marks the tab. */
export function azureReviewEn(withTabs: boolean): string {
  const row = (label: string, value: string) => `<div class="review-row"><div class="review-label">${label}</div><div>${value}</div></div>`;
  return `<div>${withTabs ? tabStrip(AZURE_STEPS_EN, 3) : ''}
    <h2>Problem description</h2>
    ${row('Issue type', 'Technical')}${row('Subscription', 'Contoso production')}${row('Service', 'Virtual Machine running Windows')}
    <h2>Additional details</h2>
    ${row('Support plan', 'Cloud Solution Provider')}${row('Severity', 'B - Moderate impact')}${row('Preferred contact method', 'Email')}
    <button>Previous</button><button class="fxs-button-primary">Create</button></div>`;
}

/** M365 admin center "Contact support" pane, English or Spanish. */
export function m365ContactPane(lang: 'en' | 'es'): string {
  const t =
    lang === 'en'
      ? {
          heading: 'Contact support',
          title: 'Title',
          description: 'Description',
          phone: 'Contact number',
          email: 'Email address',
          method: 'Preferred contact method',
          emailOption: 'Email',
          phoneOption: 'Phone',
          submit: 'Contact me',
        }
      : {
          heading: 'Ponerse en contacto con el soporte técnico',
          title: 'Título',
          description: 'Descripción',
          phone: 'Número de contacto',
          email: 'Dirección de correo electrónico',
          method: 'Método de contacto preferido',
          emailOption: 'Correo electrónico',
          phoneOption: 'Teléfono',
          submit: 'Ponerse en contacto conmigo',
        };
  return `<div role="dialog" class="ms-Panel">
    <h2>${t.heading}</h2>
    ${fluentTextField('m-title', t.title)}
    ${fluentTextField('m-desc', t.description, '', true)}
    ${fluentTextField('m-phone', t.phone, '+34 910 000 000')}
    ${fluentTextField('m-email', t.email, 'admin@contoso.example')}
    ${fluentChoiceGroup('m-method', t.method, [
      { value: 'email', text: t.emailOption, checked: true },
      { value: 'phone', text: t.phoneOption },
    ])}
    <button class="ms-Button--primary">${t.submit}</button>
  </div>`;
}

/** M365 pane for a subscription bought through a partner: the partner's card and the escape link. */
export function m365PartnerCard(lang: 'en' | 'es'): string {
  const link = lang === 'en' ? 'New Microsoft service request' : 'Nueva solicitud de servicio de Microsoft';
  return `<div role="dialog"><h2>${lang === 'en' ? 'Contact support' : 'Ponerse en contacto con el soporte técnico'}</h2>
    <div class="partner-card"><div>Fabrikam Partners</div><div>+34 910 000 000</div><a href="mailto:support@fabrikam.example">support@fabrikam.example</a></div>
    <button class="ms-Link">${link}</button></div>`;
}
