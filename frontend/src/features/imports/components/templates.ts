import type { BulkKind, DataKind } from '../api/types';

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

/** Example rows for the kinds regencies load every quarter; other kinds get the header alone. */
function exampleRow(kind: DataKind, example: TemplateExample): string[] | null {
  if (kind === 'realizations') return [EXAMPLE_INDICATOR, example.region, example.period, '12', ''];
  if (kind === 'targets') return [EXAMPLE_INDICATOR, example.region, String(example.year), '120'];
  return null;
}

/** The import template: the kind's header row and an example row, in UTF-8 with comma separators. */
export function templateCsv(kind: Pick<BulkKind, 'name' | 'columns'>, example: TemplateExample): string {
  const row = exampleRow(kind.name, example);
  return `${csvLine(kind.columns)}\n${row ? `${csvLine(row)}\n` : ''}`;
}

export function templateFileName(kind: DataKind): string {
  return `template-${kind}.csv`;
}
