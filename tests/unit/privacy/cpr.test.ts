import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsCprNumber, isCalendarDate } from '@/lib/privacy/cpr';

describe('containsCprNumber', () => {
  it.each([
    ['Borger: Jens Hansen, 010190-1234', 'a date and four digits'],
    ['CPR 241275 - 3321 er oplyst', 'spaces around the hyphen'],
    ['Personnummer 311299–1118', 'an en dash'],
    ['290204-4431 (skudår)', '29 February in a possible leap year'],
    ['CPR: 0101901234', 'ten digits after "CPR:"'],
    ['cpr.nr. 1505821234', 'ten digits after "cpr.nr."'],
    ['CPR-nr.: 150582-1234', 'the hyphenated form after a label'],
    ['CPR-nummer 9999999999', 'a label says what the number is, date or not'],
    ['<td>Anna</td>\u0000120385-4410', 'after a block boundary'],
  ])('finds %j (%s)', (text) => {
    expect(containsCprNumber(text)).toBe(true);
  });

  it.each([
    ['Journalnr. 451290-1234', 'no 45th day'],
    ['Sag 011390-1234', 'no 13th month'],
    ['Sagsnummer 300290-1234', 'no 30 February'],
    ['290205-1234', '29 February only in a leap year'],
    ['j.nr. 2024-0153-12', 'a case number of another shape'],
    ['Telefon 12345678, CVR 12345678', 'eight-digit numbers'],
    ['Reference 12010190-1234', 'longer runs of digits'],
    ['010190-12345', 'five digits after the hyphen'],
    ['kompensationsloven § 4, stk. 2, 1. pkt.', 'ordinary legal text'],
    ['CPR 12345', 'a label without ten digits'],
    ['EPCPR 0101901234', 'a label inside another word'],
  ])('ignores %j (%s)', (text) => {
    expect(containsCprNumber(text)).toBe(false);
  });

  it('finds a number among others, wherever it stands', () => {
    expect(containsCprNumber(`${'Sag 2024-0153. '.repeat(500)}Borger 010190-1234.`)).toBe(true);
  });

  it('never throws, and never finds one in text without ten digits', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const digits = text.replace(/\D/g, '').length;
        const found = containsCprNumber(text);
        if (digits < 10) expect(found).toBe(false);
      }),
    );
  });
});

describe('isCalendarDate', () => {
  it('knows the length of each month', () => {
    expect([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].every((days, i) => isCalendarDate(days, i + 1, 1))).toBe(true);
    expect([32, 29, 32, 31, 32, 31, 32, 32, 31, 32, 31, 32].some((days, i) => isCalendarDate(days, i + 1, 1))).toBe(false);
  });
});
