import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatInstant } from './number-format';

describe('formatting values from the server', () => {
  it('writes numbers and dates in the reader’s language', () => {
    expect(formatDecimal(1234.5, 'id')).toBe('1.234,5');
    expect(formatDecimal(1234.5, 'en')).toBe('1,234.5');
    expect(formatDate('2026-01-05', 'id')).toBe('5 Januari 2026');
  });

  it('never throws on a value it cannot read', () => {
    expect(formatDate('300000-01-01', 'id')).toBe('300000-01-01');
    expect(() => formatDate('99999-12-31', 'id')).not.toThrow();
    expect(formatDate('not a date', 'id')).toBe('not a date');
    expect(formatInstant('garbage', 'id')).toBe('garbage');
    expect(formatDecimal('12' as unknown as number, 'id')).toBeNull();
    expect(formatDecimal(Number.POSITIVE_INFINITY, 'id')).toBeNull();
  });
});
