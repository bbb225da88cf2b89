import type { EntryStatus } from './schema';

/** The message that names a status, depending on whether its day has come. */
export type StatusMessage =
  | 'statusAbolished'
  | 'statusAbolishedFuture'
  | 'statusPhasingOut'
  | 'statusPhasingOutFuture'
  | 'statusNew'
  | 'statusNewFuture'
  | 'statusAmended'
  | 'statusAmendedFuture';

const MESSAGES: Record<EntryStatus['state'], [past: StatusMessage, future: StatusMessage]> = {
  abolished: ['statusAbolished', 'statusAbolishedFuture'],
  'phasing-out': ['statusPhasingOut', 'statusPhasingOutFuture'],
  new: ['statusNew', 'statusNewFuture'],
  'in-force': ['statusAmended', 'statusAmendedFuture'],
};

/**
 * What the card and the detail view say of an entry's status on a given day (YYYY-MM-DD): the
 * message (with the date as its placeholder), and whether the scheme is historical — no longer
 * open to new cases — so a reader of an older decision knows at a glance.
 */
export function statusOn(status: EntryStatus, today: string): { message: StatusMessage; historical: boolean } {
  const [past, future] = MESSAGES[status.state];
  const arrived = status.since <= today;
  return {
    message: arrived ? past : future,
    historical: arrived && status.state === 'abolished',
  };
}

/** Today as YYYY-MM-DD in local time. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A YYYY-MM-DD date written out in a language: "1. januar 2027", "1 January 2027". */
export function longDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
