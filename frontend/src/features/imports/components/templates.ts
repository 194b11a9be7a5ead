import { COLUMNS, type DataKind } from '../api/types';

export interface TemplateExample {
  /** A region code in the scheme the file will use. */
  region: string;
  /** A period of the current year, for realizations (2026Q4). */
  period: string;
  year: number;
}

/** A quarterly indicator of the demo catalogue that every regency and city reports. */
export const EXAMPLE_INDICATOR = '2.17.06.01';

function csvLine(values: readonly string[]): string {
  return values.map((value) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)).join(',');
}

/** The import template: the header row and one example row, in UTF-8 with comma separators. */
export function templateCsv(kind: DataKind, example: TemplateExample): string {
  const row =
    kind === 'realizations'
      ? [EXAMPLE_INDICATOR, example.region, example.period, '12', '']
      : [EXAMPLE_INDICATOR, example.region, String(example.year), '120'];
  return `${csvLine(COLUMNS[kind])}\n${csvLine(row)}\n`;
}

export function templateFileName(kind: DataKind): string {
  return `template-${kind}.csv`;
}
