import { act, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { renderWithProviders } from '@/test/render';
import type { AchievementIndicator, AchievementReport, AchievementRow } from '../api/get-achievements';
import { AchievementMatrix } from './achievement-matrix';
import { RatingLegend } from './rating-legend';

function indicator(code: string, name: string, overrides: Partial<AchievementIndicator> = {}): AchievementIndicator {
  return {
    code,
    programCode: code.split('.').slice(0, 3).join('.'),
    name,
    unit: 'koperasi',
    polarity: 'HIGHER_IS_BETTER',
    periodType: 'QUARTERLY',
    timeAggregation: 'SUM',
    regionAggregation: 'SUM',
    rangeLow: null,
    rangeHigh: null,
    ...overrides,
  };
}

function row(indicatorCode: string, regionCode: string, overrides: Partial<AchievementRow>): AchievementRow {
  return {
    indicatorCode,
    regionCode,
    target: 10,
    targetSource: 'OWN',
    realization: null,
    achievement: null,
    rating: null,
    status: 'MISSING_REALIZATION',
    periodsReported: 0,
    periodsVerified: 0,
    periodsExpected: 4,
    verified: false,
    regionsReporting: null,
    regionsExpected: null,
    ...overrides,
  };
}

const REPORT: AchievementReport = {
  year: 2025,
  throughPeriod: '2025',
  basis: 'REPORTED',
  level: 'REGENCY',
  parent: '61',
  page: 0,
  size: 500,
  total: 3,
  bands: [
    { rating: 'VERY_GOOD', minimum: 91 },
    { rating: 'GOOD', minimum: 76 },
    { rating: 'FAIR', minimum: 66 },
    { rating: 'POOR', minimum: 51 },
    { rating: 'VERY_POOR', minimum: null },
  ],
  indicators: [
    indicator('2.17.07.01', 'UMKM yang difasilitasi memperoleh KUR'),
    indicator('2.17.06.01', 'Koperasi yang memperoleh akses permodalan'),
    indicator('2.17.08.04', 'Produk UMKM unggulan yang dikurasi untuk ekspor', {
      periodType: 'ANNUAL',
      regionAggregation: 'PROVINCE_REPORTED',
    }),
  ],
  items: [
    row('2.17.06.01', '61.01', { realization: 16, achievement: 100, rating: 'VERY_GOOD', status: 'COMPUTED', periodsReported: 4 }),
    row('2.17.06.01', '61.71', { realization: 0, achievement: 0, rating: 'VERY_POOR', status: 'COMPUTED', periodsReported: 4 }),
    row('2.17.07.01', '61.01', { realization: 7.2, achievement: 72, rating: 'FAIR', status: 'COMPUTED', periodsReported: 3 }),
    row('2.17.07.01', '61.71', { target: null, realization: 8, status: 'MISSING_TARGET', periodsReported: 4 }),
    row('2.17.08.04', '61', { realization: 13, target: 13, achievement: 100, rating: 'VERY_GOOD', status: 'COMPUTED', periodsExpected: 1, periodsReported: 1 }),
  ],
  rollup: [
    row('2.17.06.01', '61', { target: 20, targetSource: 'REGIONS', realization: 16, achievement: 80, rating: 'GOOD', status: 'COMPUTED', periodsReported: 8, periodsExpected: 8, regionsReporting: 2, regionsExpected: 2 }),
    row('2.17.07.01', '61', { target: null, targetSource: 'NONE', status: 'MISSING_TARGET', periodsReported: 7, periodsExpected: 8, regionsReporting: 1, regionsExpected: 2 }),
    row('2.17.08.04', '61', { target: 13, realization: 13, achievement: 100, rating: 'VERY_GOOD', status: 'COMPUTED', periodsReported: 1, periodsExpected: 1, regionsReporting: 1, regionsExpected: 1 }),
  ],
};

const REGIONS = [
  { code: '61', name: 'Provinsi Kalimantan Barat' },
  { code: '61.01', name: 'Kabupaten Sambas' },
  { code: '61.02', name: 'Kabupaten Mempawah' },
  { code: '61.71', name: 'Kota Pontianak' },
];

const PROGRAMS = new Map([
  ['2.17.06', 'Program Pemberdayaan dan Perlindungan Koperasi'],
  ['2.17.07', 'Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro'],
  ['2.17.08', 'Program Pengembangan UMKM'],
]);

function renderMatrix(report = REPORT) {
  return renderWithProviders(
    <MemoryRouter>
      <AchievementMatrix report={report} regions={REGIONS} programNames={PROGRAMS} />
    </MemoryRouter>,
  );
}

/** The cells of an indicator's row, after its heading: Sambas, Pontianak, province. */
function cellsOf(name: RegExp) {
  const header = screen.getByRole('rowheader', { name });
  return within(header.closest('tr') as HTMLElement).getAllByRole('cell');
}

describe('AchievementMatrix', () => {
  it('has a column per reporting region, linked to its page, and the province roll-up last', () => {
    renderMatrix();
    const [head] = screen.getAllByRole('rowgroup');
    const headers = within(head).getAllByRole('columnheader').map((cell) => cell.textContent);
    // Mempawah has no rows in this report: no column.
    expect(headers).toEqual(['Indikator', 'Sambas', 'Kota Pontianak', 'Provinsi (rekap)']);
    expect(screen.getByRole('link', { name: 'Kota Pontianak' })).toHaveAttribute(
      'href',
      '/achievements/regions/61.71?year=2025',
    );
  });

  it('groups indicators by program, in code order', () => {
    renderMatrix();
    const [, body] = screen.getAllByRole('rowgroup');
    const rows = within(body)
      .getAllByRole('row')
      .map((row) => row.textContent?.slice(0, 10));
    expect(rows).toEqual(['2.17.06 · ', '2.17.06.01', '2.17.07 · ', '2.17.07.01', '2.17.08 · ', '2.17.08.04']);
    const links = screen
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'))
      .filter((href) => href?.includes('/programs/'));
    expect(links).toEqual([
      '/achievements/programs/2.17.06?year=2025',
      '/achievements/programs/2.17.07?year=2025',
      '/achievements/programs/2.17.08?year=2025',
    ]);
  });

  it('colours computed cells by rating and shows the per cent, a zero achievement included', () => {
    renderMatrix();
    const [sambas, pontianak, province] = cellsOf(/akses permodalan/);
    expect(sambas).toHaveTextContent('100%');
    expect(sambas).toHaveClass('rating-very-good');
    expect(sambas).toHaveAttribute('data-rating', 'VERY_GOOD');
    expect(pontianak).toHaveTextContent('0%');
    expect(pontianak).toHaveClass('rating-very-poor');
    expect(province).toHaveTextContent('80%');
    expect(province).toHaveClass('rating-good');
  });

  it('marks missing data as missing, never as zero, and a value from part of the year', () => {
    renderMatrix();
    const [sambas, pontianak, province] = cellsOf(/memperoleh KUR/);
    expect(sambas).toHaveTextContent('72%');
    expect(sambas).toHaveClass('rating-fair');
    expect(sambas.querySelector('sup')).toHaveTextContent('*');
    for (const missing of [pontianak, province]) {
      expect(missing).toHaveTextContent('—');
      expect(missing).toHaveTextContent('belum ada data');
      expect(missing).not.toHaveTextContent('0%');
      expect(missing).toHaveClass('rating-none');
      expect(missing).not.toHaveAttribute('data-rating');
    }
    expect(pontianak).toHaveAttribute('data-status', 'MISSING_TARGET');
    expect(pontianak.getAttribute('title')).toContain('Target belum ada');
  });

  it('leaves province-reported indicators blank for the regencies and shows the province’s own value', () => {
    renderMatrix();
    const [sambas, pontianak, province] = cellsOf(/dikurasi untuk ekspor/);
    expect(sambas).toHaveClass('ach-not-reported');
    expect(pontianak).toHaveClass('ach-not-reported');
    expect(province).toHaveTextContent('100%');
  });

  it('explains the colours with the server’s bands, in both languages', async () => {
    renderWithProviders(<RatingLegend bands={REPORT.bands} />);
    const legend = screen.getByRole('group', { name: 'Keterangan' });
    expect(legend).toHaveTextContent('Sangat baik (≥ 91%)');
    expect(legend).toHaveTextContent('Baik (76% – < 91%)');
    expect(legend).toHaveTextContent('Cukup (66% – < 76%)');
    expect(legend).toHaveTextContent('Kurang (51% – < 66%)');
    expect(legend).toHaveTextContent('Sangat kurang (< 51%)');
    expect(legend).toHaveTextContent('Belum ada data');

    await act(() => i18n.changeLanguage('en'));
    expect(screen.getByRole('group', { name: 'Legend' })).toHaveTextContent('Very good (≥ 91%)');
  });
});
