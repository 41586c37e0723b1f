import { describe, expect, it } from 'vitest';
import { slaPolicySchema, type BusinessHours } from '../../../lib/settings/schema';
import { csvCell, CSV_COLUMNS, ticketsToCsv } from '../../../lib/tickets/csv';
import { storedTicket, T0, TENANT } from './fixtures';

const policy = slaPolicySchema.parse({});
const hours: BusinessHours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Madrid', holidays: [] };

describe('csvCell', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['', ''],
    [null, ''],
    [42, '42'],
    [-15, '-15'],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['a;b', '"a;b"'],
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['=1+1', "'=1+1"],
    ['+31 20 123', "'+31 20 123"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['a=1', 'a=1'],
  ])('%j → %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('ticketsToCsv', () => {
  const now = T0 + 30 * 60_000;

  it('writes a header and one CRLF-terminated row per ticket with SLA columns', () => {
    const csv = ticketsToCsv([storedTicket({ title: '=cmd|" /C calc"!A0, urgent', customer: { name: '@evil', tenantId: TENANT, domain: null } })], now, policy, hours);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      [
        '0b6f2d1e-8c1a-4e5b-9a7d-3f2e1d0c9b8a',
        '2403040010000123',
        'azure',
        "'@evil",
        TENANT,
        '',
        'B',
        'false',
        'true',
        'technical',
        `"'=cmd|"" /C calc""!A0, urgent"`,
        'Virtual Machines',
        'en-US',
        'email',
        '2024-03-04T10:00:00.000Z',
        '',
        '',
        '2024-03-04T14:00:00.000Z',
        'onTrack',
        '210',
        '',
        `https://portal.azure.com/#@${TENANT}/view/Microsoft_Azure_Support/HelpAndSupportBlade/~/allsupportrequests`,
      ].join(','),
    );
  });

  it('writes breached tickets with negative remaining minutes as plain numbers', () => {
    const csv = ticketsToCsv([storedTicket()], T0 + 5 * 3600_000, policy, hours);
    expect(csv.split('\r\n')[1]).toMatch(/,breached,-60,,https:/);
  });

  it('leaves SLA cells empty when the calendar has no working time at all', () => {
    const never: BusinessHours = { ...hours, days: [7], holidays: [] };
    const sundays: string[] = [];
    for (let t = Date.parse('2024-03-03T12:00:00Z'); sundays.length < 170; t += 7 * 86_400_000) sundays.push(new Date(t).toISOString().slice(0, 10));
    const row = ticketsToCsv([storedTicket({ breakFix: false })], now, policy, { ...never, holidays: sundays }).split('\r\n')[1];
    expect(row).toMatch(/,,,,https:[^,]+$/);
  });

  it('writes only the header for no tickets', () => {
    expect(ticketsToCsv([], now, policy, hours)).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});
