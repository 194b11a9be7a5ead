import { describe, expect, it } from 'vitest';
import { templateCsv, templateFileName } from './templates';

const EXAMPLE = { region: '61.01', period: '2026Q4', year: 2026 };
const REALIZATIONS = { name: 'realizations', columns: ['indicator', 'region', 'period', 'value', 'note'] };
const TARGETS = { name: 'targets', columns: ['indicator', 'region', 'year', 'value'] };
const REGIONS = { name: 'regions', columns: ['code', 'bpsCode', 'name', 'level', 'parent'] };

describe('templateCsv', () => {
  it('gives realizations the header the import takes and one example row of the running quarter', () => {
    expect(templateCsv(REALIZATIONS, EXAMPLE)).toBe('indicator,region,period,value,note\n2.17.06.01,61.01,2026Q4,12,\n');
  });

  it('gives targets a year column instead of a period and no note', () => {
    expect(templateCsv(TARGETS, EXAMPLE)).toBe('indicator,region,year,value\n2.17.06.01,61.01,2026,120\n');
  });

  it('writes region codes in the scheme chosen', () => {
    const [, row] = templateCsv(TARGETS, { ...EXAMPLE, region: '6101' }).split('\n');
    expect(row.split(',')[1]).toBe('6101');
  });

  it('gives a kind without an example its header as the server lists it', () => {
    expect(templateCsv(REGIONS, EXAMPLE)).toBe('code,bpsCode,name,level,parent\n');
  });

  it('names the file after the kind', () => {
    expect(templateFileName('realizations')).toBe('template-realizations.csv');
    expect(templateFileName('targets')).toBe('template-targets.csv');
  });
});
