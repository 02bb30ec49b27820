import { describe, expect, it } from 'vitest';
import { formatDate, isoDate } from '../../src/library/formatDate.ts';

describe('formatDate and isoDate', () => {
  it('read a content date on the UTC calendar, wherever the build runs', () => {
    const date = new Date('2026-11-24T23:30:00Z');
    expect(formatDate(date)).toBe('November 24, 2026');
    expect(isoDate(date)).toBe('2026-11-24');
  });

  it("read the reader's clock on their own calendar, at either end of the day", () => {
    for (const [date, long, iso] of [
      [new Date(2027, 2, 14, 0, 5), 'March 14, 2027', '2027-03-14'],
      [new Date(2027, 2, 14, 23, 55), 'March 14, 2027', '2027-03-14'],
      [new Date(2028, 1, 29, 12, 0), 'February 29, 2028', '2028-02-29'],
      [new Date(2026, 11, 31, 23, 59), 'December 31, 2026', '2026-12-31'],
    ] as const) {
      expect(formatDate(date, 'local')).toBe(long);
      expect(isoDate(date, 'local')).toBe(iso);
    }
  });
});
