import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectForm } from '../../../lib/form/detect';
import { maskText, maskUrl } from '../../../lib/report/mask';
import { buildPageReport } from '../../../lib/report/page-report';
import { pageReportSchema } from '../../../lib/report/schema';
import { renderPage, renderTest } from '../../../scripts/report-fixture';

describe('maskText', () => {
  it.each([
    ['Contact: lucia@fabrikam.example', 'Contact: <email>'],
    ['Tenant 22222222-2222-4222-8222-222222222222', 'Tenant <guid>'],
    ['Call +34 910 000 000', 'Call <number>'],
    ['Request 2610010050001472', 'Request <number>'],
    ['Directory contoso.onmicrosoft.com', 'Directory <domain>'],
    ['(UTC-05:00) Eastern Time (US & Canada)', '(UTC-05:00) Eastern Time (US & Canada)'],
    ['Plan de soporte técnico de Azure - CSP', 'Plan de soporte técnico de Azure - CSP'],
  ])('%j → %j', (text, masked) => {
    expect(maskText(text)).toBe(masked);
  });

  it('keeps an address to its shape: no query, masked ids and domains', () => {
    expect(maskUrl('https://portal.azure.com/?feature.x=1#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade/subscriptionId/2c0f1e5a-3b7d-4c8e-9f10-a1b2c3d4e5f6')).toBe(
      'https://portal.azure.com/#@<domain>/view/Microsoft_Azure_Support/NewSupportRequestV3Blade/subscriptionId/<guid>',
    );
  });
});

describe('a page report becomes a look-alike and a test', () => {
  const report = pageReportSchema.parse(JSON.parse(readFileSync('test/fixtures/reports/quota-v4-es.json', 'utf8')));

  it('the page has the same labels, kinds and option texts, and its would-submit judge', () => {
    const html = renderPage(report, 'quota-v4-es');
    expect(html).toContain('<html lang="es">');
    expect(html).toContain('class="ms-Dropdown" role="combobox"');
    expect(html).toContain('Plan de soporte técnico de Azure - CSP');
    expect(html).toContain('role="radiogroup"');
    expect(html).toContain('aria-selected="true">3. Detalles adicionales');
    expect(html).toContain('data-testid="would-submit"');
  });

  it('page text is escaped: a label cannot become markup', () => {
    const hostile = { ...report, controls: [{ ...report.controls[0]!, label: '<img src=x onerror=alert(1)>' }] };
    expect(renderPage(hostile, 'x')).not.toContain('<img src=x');
  });

  it('the test opens the page at the real host in a customer context and expects the CSP plan and the partner email', () => {
    const test = renderTest(report, 'quota-v4-es');
    expect(test).toContain("newPage('https://portal.azure.com/reports/quota-v4-es.html#@contoso.onmicrosoft.com')");
    expect(test).toContain('Proveedor de soluciones en la nube');
    expect(test).toContain('"email": "support@fabrikampartners.example"');
  });

  it('a file that is no page report is refused with the field named', () => {
    const result = pageReportSchema.safeParse({ ...report, controls: [{ ...report.controls[0]!, kind: 'slider' }] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['controls', 0, 'kind']);
  });
});

describe('buildPageReport on a page the assistant missed', () => {
  it('lists the controls no field claimed, with their labels and options, and none of their values', () => {
    document.body.innerHTML = `
      <label for="a">Nivel de impacto</label><select id="a"><option>Alto</option><option selected>Bajo</option></select>
      <label for="b">Correo para avisos</label><input id="b" value="lucia@fabrikam.example">
      <label for="c">Idioma</label><select id="c"><option selected>Español</option></select>`;
    const detection = detectForm(document);
    expect(detection.detected).toBe(false);
    const report = buildPageReport({ detection, evidence: [], url: 'https://portal.azure.com/#@contoso.onmicrosoft.com/blade', top: true, root: document, now: Date.UTC(2026, 11, 1) });
    expect(pageReportSchema.safeParse(report).success).toBe(true);
    expect(report.controls).toEqual(
      expect.arrayContaining([
        { field: null, kind: 'select', role: null, label: 'Nivel de impacto', options: ['Alto', 'Bajo'] },
        { field: null, kind: 'text', role: null, label: 'Correo para avisos', options: [] },
      ]),
    );
    expect(JSON.stringify(report)).not.toContain('lucia@');
    expect(JSON.stringify(report)).not.toContain('contoso');
  });
});
