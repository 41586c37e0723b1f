import { describe, expect, it } from 'vitest';
import { MAX_REPORTED_ISSUES } from '../../../lib/import-file';
import { parseTicketsFile, serializeTicketsFile, TICKETS_FILE_FORMAT } from '../../../lib/tickets/export-file';
import { storedTicket, T0 } from './fixtures';

const second = storedTicket({
  id: '9d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
  number: null,
  portal: 'm365',
  title: 'Quote "this", please; =1+1',
  pausedIntervals: [{ from: T0 + 1000, to: null }],
  firstResponseAt: T0 + 5000,
});
const file = (over: Record<string, unknown>) => JSON.stringify({ format: TICKETS_FILE_FORMAT, version: 1, exportedAt: T0, tickets: [], ...over });

describe('serializeTicketsFile / parseTicketsFile', () => {
  it('round-trips tickets', () => {
    const text = serializeTicketsFile([storedTicket(), second], T0 + 9999);
    expect(JSON.parse(text)).toMatchObject({ format: 'csp-support-assistant/tickets', version: 1, exportedAt: T0 + 9999 });
    expect(parseTicketsFile(text)).toEqual({ ok: true, value: { tickets: [storedTicket(), second], exportedAt: T0 + 9999 } });
  });

  it('accepts a UTF-8 BOM and fills defaults in hand-written tickets', () => {
    const { armName: _a, deletedAt: _d, pausedIntervals: _p, ...minimal } = storedTicket();
    const result = parseTicketsFile(`\uFEFF${file({ tickets: [minimal] })}`);
    expect(result).toEqual({ ok: true, value: { tickets: [storedTicket()], exportedAt: T0 } });
  });

  it.each<[string, string, { path: string; messageKey: string }[]]>([
    ['not JSON', '{"format": ', [{ path: '', messageKey: 'errFileNotJson' }]],
    ['empty text', '', [{ path: '', messageKey: 'errFileNotJson' }]],
    ['a JSON array', '[]', [{ path: '', messageKey: 'errTicketsFileFormat' }]],
    ['another format', file({ format: 'something-else' }), [{ path: 'format', messageKey: 'errTicketsFileFormat' }]],
    ['a newer version', file({ version: 2 }), [{ path: 'version', messageKey: 'errFileVersion' }]],
    ['a version that never existed', file({ version: 0 }), [{ path: 'version', messageKey: 'errFileVersion' }]],
    ['tickets not a list', file({ tickets: {} }), [{ path: 'tickets', messageKey: 'errType' }]],
    ['missing exportedAt', file({ exportedAt: undefined }), [{ path: 'exportedAt', messageKey: 'errRequired' }]],
    [
      'bad fields inside tickets',
      file({ tickets: [storedTicket(), { ...storedTicket(), id: 'x', customer: { name: 'A', tenantId: 'bad', domain: null } }] }),
      [
        { path: 'tickets.1.id', messageKey: 'errId' },
        { path: 'tickets.1.customer.tenantId', messageKey: 'errTenantId' },
      ],
    ],
    ['a duplicate id', file({ tickets: [storedTicket(), storedTicket({ number: null })] }), [{ path: 'tickets.1.id', messageKey: 'errDuplicateId' }]],
    ['a duplicate number', file({ tickets: [storedTicket(), { ...second, number: storedTicket().number }] }), [{ path: 'tickets.1.number', messageKey: 'errDuplicateNumber' }]],
  ])('reports %s', (_name, text, errors) => {
    expect(parseTicketsFile(text)).toEqual({ ok: false, issues: errors });
  });

  it('caps the number of reported errors', () => {
    const result = parseTicketsFile(file({ tickets: Array.from({ length: 80 }, () => ({})) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toHaveLength(MAX_REPORTED_ISSUES);
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['null', '1', '"x"', '{"__proto__": {"polluted": true}}', 'undefined', '\u0000']) {
      expect(parseTicketsFile(text).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
