import { describe, expect, it } from 'vitest';
import { templateCsv, templateFileName } from './templates';

const EXAMPLE = { region: '61.01', period: '2026Q4', year: 2026 };

describe('templateCsv', () => {
  it('gives realizations the header the import takes and one example row of the running quarter', () => {
    expect(templateCsv('realizations', EXAMPLE)).toBe('indicator,region,period,value,note\n2.17.06.01,61.01,2026Q4,12,\n');
  });

  it('gives targets a year column instead of a period and no note', () => {
    expect(templateCsv('targets', EXAMPLE)).toBe('indicator,region,year,value\n2.17.06.01,61.01,2026,120\n');
  });

  it('writes region codes in the scheme chosen', () => {
    const [, row] = templateCsv('targets', { ...EXAMPLE, region: '6101' }).split('\n');
    expect(row.split(',')[1]).toBe('6101');
  });

  it('names the file after the kind', () => {
    expect(templateFileName('realizations')).toBe('template-realizations.csv');
    expect(templateFileName('targets')).toBe('template-targets.csv');
  });
});
