/**
 * From the page report quota-v4-es (2026-11-30; served from test/fixtures/sites/azure/reports/quota-v4-es.html).
 * A miss in the field: this test fails until the product handles the shape. Complete the expectations.
 */
import { it } from 'vitest';
import { waitForPayload } from '../harness/lookalike.ts';
import { useLookalikeSession } from '../support/session.ts';

const session = useLookalikeSession();

it('quota-v4-es: the assistant recognises the form and fills what it should', async () => {
  const page = await session.eb.newPage('https://portal.azure.com/reports/quota-v4-es.html#@contoso.onmicrosoft.com');
  try {
    await page.waitForSelector('[data-testid="would-submit"]');
    // The CSP plan is chosen (options: "Plan de soporte técnico de Azure - Desarrollador", "Plan de soporte técnico de Azure - CSP").
    await page.waitForFunction(
      () => /Cloud Solution Provider|\bCSP\b|Proveedor de soluciones en la nube/i.test(JSON.parse(document.querySelector('[data-testid="would-submit"]')?.textContent || '{}').supportPlan ?? ''),
      { timeout: 15_000 },
    );
    await waitForPayload(page, ['"email": "support@fabrikampartners.example"']);
  } finally {
    await page.close();
  }
});
