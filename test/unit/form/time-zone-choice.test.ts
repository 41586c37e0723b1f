import { findWindows } from 'windows-iana';
import { describe, expect, it } from 'vitest';
import { chooseTimeZone, standardOffset } from '../../../lib/form/time-zone-choice';

/** A Windows time-zone list as portals show it, with the zones that share offsets with the usual ones. */
const EN = [
  '(UTC-08:00) Pacific Time (US & Canada)',
  '(UTC-07:00) Arizona',
  '(UTC-07:00) Mountain Time (US & Canada)',
  '(UTC-06:00) Central America',
  '(UTC-06:00) Central Time (US & Canada)',
  '(UTC-06:00) Guadalajara, Mexico City, Monterrey',
  '(UTC-05:00) Bogota, Lima, Quito, Rio Branco',
  '(UTC-05:00) Eastern Time (US & Canada)',
  '(UTC-05:00) Indiana (East)',
  '(UTC-04:00) Atlantic Time (Canada)',
  '(UTC+00:00) Dublin, Edinburgh, Lisbon, London',
  '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna',
  '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris',
  '(UTC+10:00) Canberra, Melbourne, Sydney',
];
const ES = [
  '(UTC-08:00) Hora del Pacífico (EE. UU. y Canadá)',
  '(UTC-06:00) Hora central (EE. UU. y Canadá)',
  '(UTC-05:00) Bogotá, Lima, Quito, Rio Branco',
  '(UTC-05:00) Hora del este (EE. UU. y Canadá)',
  '(UTC-04:00) Hora del Atlántico (Canadá)',
  '(UTC+01:00) Bruselas, Copenhague, Madrid, París',
];
const JANUARY = new Date('2026-01-20T12:00:00Z');
const JULY = new Date('2026-07-20T12:00:00Z');

const choose = (list: string[], zone: string, at: Date) => list[chooseTimeZone(list, zone, findWindows(zone)[0] ?? null, at)];

describe('the IANA zone → the Windows display name, whatever the season', () => {
  it.each([
    ['America/New_York', '(UTC-05:00) Eastern Time (US & Canada)', '(UTC-05:00) Hora del este (EE. UU. y Canadá)'],
    ['America/Chicago', '(UTC-06:00) Central Time (US & Canada)', '(UTC-06:00) Hora central (EE. UU. y Canadá)'],
    ['America/Los_Angeles', '(UTC-08:00) Pacific Time (US & Canada)', '(UTC-08:00) Hora del Pacífico (EE. UU. y Canadá)'],
    ['Europe/Madrid', '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', '(UTC+01:00) Bruselas, Copenhague, Madrid, París'],
  ])('%s in January and in July (EN and ES lists)', (zone, english, spanish) => {
    for (const at of [JANUARY, JULY]) {
      expect(choose(EN, zone, at)).toBe(english);
      expect(choose(ES, zone, at)).toBe(spanish);
    }
  });

  it.each([
    ['America/Phoenix', '(UTC-07:00) Arizona'],
    ['America/Denver', '(UTC-07:00) Mountain Time (US & Canada)'],
    ['Europe/Berlin', '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna'],
    ['Europe/Dublin', '(UTC+00:00) Dublin, Edinburgh, Lisbon, London'],
    ['Australia/Sydney', '(UTC+10:00) Canberra, Melbourne, Sydney'],
    ['America/Halifax', '(UTC-04:00) Atlantic Time (Canada)'],
    ['America/Bogota', '(UTC-05:00) Bogota, Lima, Quito, Rio Branco'],
  ])('%s (January and July)', (zone, expected) => {
    expect(choose(EN, zone, JANUARY)).toBe(expected);
    expect(choose(EN, zone, JULY)).toBe(expected);
  });

  it('uses the standard offset, never summer time: New York is −05:00 in July too, Sydney +10:00 in January', () => {
    expect(standardOffset('America/New_York', JULY)).toBe('-05:00');
    expect(standardOffset('Australia/Sydney', JANUARY)).toBe('+10:00');
    expect(standardOffset('Asia/Kolkata', JULY)).toBe('+05:30');
  });

  it('chooses nothing when it cannot tell', () => {
    expect(chooseTimeZone(['(UTC-05:00) Somewhere', '(UTC-05:00) Elsewhere'], 'America/Panama', null, JULY)).toBe(-1);
  });
});
