/**
 * Finds whether a text shows a Danish CPR number (personnummer), the sign that a page is a case
 * system with a citizen's data on it. Pure: no DOM, no browser; it never keeps or returns the number.
 *
 * Two shapes count:
 * - `ddmmyy-xxxx` whose first six digits are a real calendar date (spaces may stand around the
 *   hyphen; any of the hyphens and dashes pages use). A case or journal number of the same shape
 *   without a real date ("2024-0153" is too short anyway; "451290-1234") does not count.
 * - ten digits (with or without the hyphen) right after a label: "CPR", "CPR-nr.", "cpr.nr.",
 *   "CPR-nummer", optionally followed by ":" — the label says what the number is, so the date is not
 *   checked.
 * Neither may be part of a longer run of digits.
 */

const DASH_CHARS = '\\-\\u2010\\u2011\\u2012\\u2013\\u2212';
const DASH = `[${DASH_CHARS}]`;
const SPACE = '[ \\u00a0\\u202f]*';

/** ddmmyy-xxxx, not glued to other digits. Groups: day, month, year. */
const HYPHENATED = new RegExp(`(?<![\\d${DASH_CHARS}])(\\d\\d)(\\d\\d)(\\d\\d)${SPACE}${DASH}${SPACE}\\d{4}(?!\\d)`, 'g');

/** A label, then ten digits (the hyphen optional). */
const LABELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])cpr(?:${SPACE}[-.]?${SPACE}(?:nr|nummer|no)\\.?)?${SPACE}[:.]?${SPACE}\\d{6}${SPACE}(?:${DASH}${SPACE})?\\d{4}(?!\\d)`,
  'iu',
);

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether day and month make a real date; 29 February only in a year that can be a leap year. */
export function isCalendarDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Whether the text holds a CPR number in either shape. */
export function containsCprNumber(text: string): boolean {
  // Every shape needs at least ten digits; most texts have far fewer and are done with one test.
  if (!/\d{6}/.test(text)) return false;
  HYPHENATED.lastIndex = 0;
  for (let match = HYPHENATED.exec(text); match; match = HYPHENATED.exec(text)) {
    if (isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return true;
  }
  return LABELLED.test(text);
}
