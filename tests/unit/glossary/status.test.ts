import { describe, expect, it } from 'vitest';
import type { EntryStatus } from '@/lib/glossary/schema';
import { longDate, statusOn, todayIso } from '@/lib/glossary/status';

const status = (state: EntryStatus['state'], since: string): EntryStatus => ({ state, since });

describe('statusOn', () => {
  it('says "abolished" once the day has come, and marks the scheme historical', () => {
    expect(statusOn(status('abolished', '2026-02-01'), '2026-12-04')).toEqual({ message: 'statusAbolished', historical: true });
  });

  it('says "to be abolished" before the day, and the scheme is not yet historical', () => {
    expect(statusOn(status('abolished', '2027-01-01'), '2026-12-04')).toEqual({ message: 'statusAbolishedFuture', historical: false });
  });

  it('counts the day itself as arrived', () => {
    expect(statusOn(status('new', '2025-07-01'), '2025-07-01').message).toBe('statusNew');
    expect(statusOn(status('new', '2025-07-01'), '2025-06-30').message).toBe('statusNewFuture');
  });

  it('never calls a scheme being phased out historical: running cases go on', () => {
    expect(statusOn(status('phasing-out', '2026-02-01'), '2026-12-04')).toEqual({ message: 'statusPhasingOut', historical: false });
  });
});

describe('dates', () => {
  it('writes a date out in Danish and in English', () => {
    expect(longDate('2027-01-01', 'da-DK')).toBe('1. januar 2027');
    expect(longDate('2026-02-01', 'en-GB')).toBe('1 February 2026');
  });

  it('gives today as YYYY-MM-DD', () => {
    expect(todayIso(new Date(2026, 11, 4, 23, 59))).toBe('2026-12-04');
  });
});
