import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { INDICATORS } from '../test/fixtures';
import { ComparisonTable } from './comparison-table';
import { comparisonCheck } from './proposal-rules';

describe('ComparisonTable', () => {
  it("shows the province's value beside the regions' rolled up and whether they add up", () => {
    renderWithProviders(
      <ComparisonTable
        indicators={INDICATORS}
        regionTotal={14}
        rows={[
          { indicatorCode: '2.17.06.01', rule: 'SUM', provinceValue: 180, regionsValue: 180, regionsProposed: 14 },
          { indicatorCode: '2.17.07.01', rule: 'AVERAGE', provinceValue: 5000, regionsValue: 5250.5, regionsProposed: 3 },
          { indicatorCode: '2.17.08.04', rule: 'PROVINCE_REPORTED', provinceValue: 40, regionsValue: null, regionsProposed: 0 },
        ]}
      />,
    );
    const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;
    const capital = rowOf('Koperasi yang memperoleh akses permodalan');
    expect(within(capital).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Jumlah',
      '180',
      '180',
      '14 dari 14',
      'Sesuai',
    ]);
    const kur = rowOf('UMKM yang difasilitasi memperoleh KUR');
    expect(within(kur).getByText('Rata-rata')).toBeInTheDocument();
    expect(within(kur).getByText('Selisih +250,5')).toBeInTheDocument();
    expect(within(kur).getByText('3 dari 14')).toBeInTheDocument();
    const exports = rowOf('Produk UMKM unggulan yang dikurasi untuk ekspor');
    expect(within(exports).getByText('Hanya provinsi')).toBeInTheDocument();
    expect(within(exports).getByText('40')).toBeInTheDocument();
  });

  it('knows when the values are still incomplete', () => {
    expect(comparisonCheck({ indicatorCode: 'x', rule: 'SUM', provinceValue: null, regionsValue: 3, regionsProposed: 1 })).toEqual({
      check: 'incomplete',
    });
    expect(comparisonCheck({ indicatorCode: 'x', rule: 'SUM', provinceValue: 5, regionsValue: 3, regionsProposed: 1 })).toEqual({
      check: 'differs',
      difference: -2,
    });
  });
});
