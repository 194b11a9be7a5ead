import { describe, expect, it } from 'vitest';
import { formatNumberInput, numberExample, parseNumber, parseNumberOrNaN } from './numbers';

const value = (text: string, language: string) => parseNumber(text, language);

describe('parseNumber in Indonesian', () => {
  it.each([
    ['1480', 1480],
    ['1.480', 1480],
    ['2.100.000.000', 2_100_000_000],
    ['1.234,5', 1234.5],
    ['74,5', 74.5],
    ['0,25', 0.25],
    ['-1.234,5', -1234.5],
    ['−12', -12],
    [' 1 480 ', 1480],
    ['-0', 0],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, 'id')).toEqual({ kind: 'number', value: expected });
  });

  it.each(['1.5', '1.48', '12.34.567', '1,234.5', '1.234.5', '1,2,3', '1.2345', '.5', '1.', '1,', '12a', 'abc', '--1', '+1', '1-'])(
    'refuses %s',
    (text) => {
      expect(value(text, 'id')).toEqual({ kind: 'invalid' });
    },
  );

  it('treats blank input as no value', () => {
    expect(value('   ', 'id')).toEqual({ kind: 'blank' });
    expect(parseNumberOrNaN('', 'id')).toBeNull();
  });
});

describe('parseNumber in English', () => {
  it.each([
    ['1480', 1480],
    ['1,480', 1480],
    ['1.480', 1.48],
    ['2,100,000,000', 2_100_000_000],
    ['1,234.5', 1234.5],
    ['-0.25', -0.25],
  ])('reads %s as %d', (text, expected) => {
    expect(value(text, 'en')).toEqual({ kind: 'number', value: expected });
  });

  it.each(['1,5', '1.234,5', '1,2345', '12,34,567', 'x1'])('refuses %s', (text) => {
    expect(value(text, 'en')).toEqual({ kind: 'invalid' });
    expect(Number.isNaN(parseNumberOrNaN(text, 'en'))).toBe(true);
  });

  it('follows regional variants of the language', () => {
    expect(value('1,480', 'en-GB')).toEqual({ kind: 'number', value: 1480 });
    expect(value('1.480', 'id-ID')).toEqual({ kind: 'number', value: 1480 });
  });
});

describe('formatNumberInput', () => {
  it('shows values in the notation the parser reads back', () => {
    expect(formatNumberInput(1480, 'id')).toBe('1.480');
    expect(formatNumberInput(17.8, 'id')).toBe('17,8');
    expect(formatNumberInput(2_100_000_000, 'en')).toBe('2,100,000,000');
    expect(formatNumberInput(null, 'id')).toBe('');
    for (const [number, language] of [
      [1234.5678, 'id'],
      [-0.125, 'en'],
      [987654321.5, 'id'],
    ] as const) {
      expect(parseNumber(formatNumberInput(number, language), language)).toEqual({ kind: 'number', value: number });
    }
  });

  it('gives an example in each notation', () => {
    expect(numberExample('id')).toBe('1.234,5');
    expect(numberExample('en')).toBe('1,234.5');
  });
});
