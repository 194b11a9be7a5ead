import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/features/auth';
import type { Region } from '@/features/regions';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, problem, sentRequests } from '@/test/fake-api';
import { ADMIN, PROGRAMS, REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { AchievementIndicator, AchievementReport, AchievementRow } from '../api/get-achievements';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

const KALTIM: Region = {
  ...REGIONS[0],
  code: '64',
  bpsCode: '64',
  name: 'Provinsi Kalimantan Timur',
};
const ALL_REGIONS = [...REGIONS, KALTIM];

const BANDS: AchievementReport['bands'] = [
  { rating: 'VERY_GOOD', minimum: 91 },
  { rating: 'GOOD', minimum: 76 },
  { rating: 'FAIR', minimum: 66 },
  { rating: 'POOR', minimum: 51 },
  { rating: 'VERY_POOR', minimum: null },
];

function indicator(code: string, regionAggregation: AchievementIndicator['regionAggregation'] = 'SUM'): AchievementIndicator {
  return {
    code,
    programCode: code.split('.').slice(0, 3).join('.'),
    name: `Indikator ${code}`,
    unit: 'koperasi',
    polarity: 'HIGHER_IS_BETTER',
    periodType: 'QUARTERLY',
    timeAggregation: 'SUM',
    regionAggregation,
  };
}

// Two programs: 2.17.06 with three indicators, 2.17.07 with one.
const INDICATORS = [indicator('2.17.06.01'), indicator('2.17.06.02'), indicator('2.17.06.03'), indicator('2.17.07.01')];

/** A row: its achievement (null: none computed), periods reported, verified and expected. */
function row(
  indicatorCode: string,
  regionCode: string | null,
  achievement: number | null,
  [reported, verified, expected]: [number, number, number],
): AchievementRow {
  return {
    indicatorCode,
    regionCode,
    target: 100,
    targetSource: 'OWN',
    realization: achievement,
    achievement,
    rating: null,
    status: achievement === null ? 'MISSING_REALIZATION' : 'COMPUTED',
    periodsReported: reported,
    periodsVerified: verified,
    periodsExpected: expected,
    verified: false,
  };
}

function report(overrides: Partial<AchievementReport>): AchievementReport {
  return {
    year: 2025,
    throughPeriod: '2025',
    basis: 'REPORTED',
    level: 'PROVINCE',
    parent: null,
    bands: BANDS,
    indicators: INDICATORS,
    items: [],
    rollup: [],
    page: 0,
    size: 500,
    total: INDICATORS.length,
    ...overrides,
  };
}

/** The nation: Kalimantan Barat and Kalimantan Timur, and the nation's roll-up. */
const NATION = report({
  level: 'PROVINCE',
  items: [
    row('2.17.06.01', '61', 80, [4, 2, 4]),
    row('2.17.06.02', '61', 95.5, [3, 1, 4]),
    row('2.17.06.03', '61', null, [0, 0, 4]),
    row('2.17.07.01', '61', 1234.5, [2, 2, 2]),
    row('2.17.06.01', '64', 40, [4, 4, 4]),
    row('2.17.06.02', '64', 60, [4, 4, 4]),
    row('2.17.06.03', '64', 62, [4, 4, 4]),
    row('2.17.07.01', '64', null, [0, 0, 2]),
  ],
  rollup: [
    row('2.17.06.01', null, 60, [8, 6, 8]),
    row('2.17.06.02', null, 77.75, [7, 5, 8]),
    row('2.17.06.03', null, 62, [4, 4, 8]),
    row('2.17.07.01', null, 1234.5, [2, 2, 4]),
  ],
});

/** Kalimantan Barat: Sambas and Pontianak, the province's own row for an indicator it reports, its roll-up. */
const KALBAR = report({
  level: 'REGENCY',
  parent: '61',
  items: [
    row('2.17.06.01', '61.01', 100, [4, 4, 4]),
    row('2.17.06.02', '61.01', 50, [2, 0, 4]),
    row('2.17.06.01', '61.71', 70, [4, 1, 4]),
    row('2.17.06.02', '61.71', null, [0, 0, 4]),
    row('2.17.07.01', '61', 90, [2, 2, 2]),
  ],
  rollup: [row('2.17.06.01', '61', 85, [8, 5, 8]), row('2.17.06.02', '61', 50, [2, 0, 8]), row('2.17.07.01', '61', 90, [2, 2, 2])],
});

function serve(user: CurrentUser, answer: (url: URL) => Response) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => page(ALL_REGIONS),
    'GET /api/v1/regions/61': () => json(REGIONS[0]),
    'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    'GET /api/v1/programs': () => page(PROGRAMS),
    'GET /api/v1/notifications/unread-count': () => json({ count: 0 }),
    'GET /api/v1/achievements': (_request, url) => answer(url),
  });
}

function achievementQueries(fetchMock: ReturnType<typeof fakeApi>): URLSearchParams[] {
  return sentRequests(fetchMock)
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/achievements')
    .map((url) => url.searchParams);
}

/** A table row's header and cells, as the reader sees them. */
function cellsOf(table: HTMLElement, name: string): string[] {
  const header = within(table).getByRole('rowheader', { name: new RegExp(name) });
  const cells = [...(header.closest('tr') as HTMLElement).querySelectorAll('td')];
  return cells.map((cell) => cell.textContent ?? '');
}

describe('OverviewRoute', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the nation a row per province and a column per program, with completeness', async () => {
    const fetchMock = serve(ADMIN, () => json(NATION));
    renderApp('/overview?year=2025');

    const table = await screen.findByRole('table', { name: 'Capaian program per provinsi, Tahun 2025' });
    expect(screen.getByRole('heading', { level: 1, name: 'Ikhtisar Capaian Nasional' })).toBeVisible();
    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual([
      'Provinsi',
      '2.17.06Program Pemberdayaan dan Perlindungan Koperasi',
      '2.17.07Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro',
      'Kelengkapan data',
      'Masuk',
      'Terverifikasi',
    ]);

    // Kalimantan Barat: 2.17.06 is the mean of 80 and 95,5 (the third indicator has no figure: left out, not
    // zero); 2.17.07 is one indicator at 1.234,5%. Periods: 9 of 14 reported, 5 of 14 verified.
    expect(cellsOf(table, 'Kalimantan Barat')).toEqual([
      '87,8% Baik2/3 indikator',
      '1.234,5% Sangat baik1/1 indikator',
      '64,3%',
      '35,7%',
    ]);
    // Kalimantan Timur: 54% over three indicators; 2.17.07 has no figure yet.
    expect(cellsOf(table, 'Kalimantan Timur')).toEqual(['54% Kurang3/3 indikator', '—belum ada data0/1 indikator', '85,7%', '85,7%']);
    // The nation's roll-up closes the table.
    expect(cellsOf(table, 'Nasional \\(rekap\\)')).toEqual([
      '66,6% Cukup3/3 indikator',
      '1.234,5% Sangat baik1/1 indikator',
      '75%',
      '60,7%',
    ]);
    const cell = within(table).getByTitle(/^2.17.06 Program Pemberdayaan dan Perlindungan Koperasi — Provinsi Kalimantan Barat/);
    expect(cell).toHaveAttribute(
      'title',
      '2.17.06 Program Pemberdayaan dan Perlindungan Koperasi — Provinsi Kalimantan Barat: rata-rata 87,8% dari 2 indikator berangka (3 indikator)',
    );
    expect(cell).toHaveClass('rating-good');
    expect(table).toHaveAccessibleDescription(/rata-rata capaian \(%\) indikator program itu yang sudah berangka/);

    // The provinces and the nation: never a province's regencies, never the nation alone.
    const asked = achievementQueries(fetchMock);
    expect(asked.length).toBeGreaterThan(0);
    for (const params of asked) {
      expect(params.get('level')).toBe('PROVINCE');
      expect(params.get('parent')).toBeNull();
      expect(params.get('year')).toBe('2025');
    }
  });

  it('drills down from the nation to a province, asking for its regencies and cities', async () => {
    const fetchMock = serve(ADMIN, (url) => json(url.searchParams.get('level') === 'REGENCY' ? KALBAR : NATION));
    const { router } = renderApp('/overview?year=2025');

    await userEvent.click(await screen.findByRole('link', { name: 'Kalimantan Barat' }));

    const table = await screen.findByRole('table', { name: 'Capaian program per kabupaten/kota, Tahun 2025' });
    expect(router.state.location.pathname).toBe('/overview/61');
    expect(router.state.location.search).toBe('?year=2025');
    expect(screen.getByRole('heading', { level: 1, name: 'Ikhtisar Capaian Kalimantan Barat' })).toBeVisible();
    const trail = screen.getByRole('navigation', { name: 'Posisi halaman' });
    expect(within(trail).getByRole('link', { name: 'Nasional' })).toHaveAttribute('href', '/overview?year=2025');
    expect(await within(trail).findByText('Kalimantan Barat')).toHaveAttribute('aria-current', 'page');

    const regency = achievementQueries(fetchMock).filter((params) => params.get('level') === 'REGENCY');
    expect(regency.length).toBeGreaterThan(0);
    expect(regency.every((params) => params.get('parent') === '61')).toBe(true);

    // A row per regency and city; the province's own row (an indicator it reports) is in its roll-up only.
    const rowHeaders = within(table).getAllByRole('rowheader').map((header) => header.textContent);
    expect(rowHeaders).toEqual(['Sambas', 'Kota Pontianak', 'Kalimantan Barat (rekap)']);
    expect(cellsOf(table, 'Sambas')).toEqual(['75% Cukup2/2 indikator', 'Tidak dilaporkan wilayah ini', '75%', '50%']);
    expect(cellsOf(table, 'Kota Pontianak')).toEqual(['70% Cukup1/2 indikator', 'Tidak dilaporkan wilayah ini', '50%', '12,5%']);
    expect(cellsOf(table, 'Kalimantan Barat \\(rekap\\)')).toEqual([
      '67,5% Cukup2/2 indikator',
      '90% Baik1/1 indikator',
      '66,7%',
      '38,9%',
    ]);
    // Sambas leads to its indicators, with the year kept; the back button returns to the nation.
    expect(within(table).getByRole('link', { name: 'Sambas' })).toHaveAttribute('href', '/achievements/regions/61.01?year=2025');
    await waitFor(() => expect(router.state.historyAction).toBe('PUSH'));
    await act(() => router.navigate(-1));
    expect(await screen.findByRole('table', { name: 'Capaian program per provinsi, Tahun 2025' })).toBeVisible();
  });

  it("takes an account bound to a regency to its province's overview, and never asks for the nation", async () => {
    const fetchMock = serve(SAMBAS_OPERATOR, (url) =>
      url.searchParams.get('level') === 'REGENCY' && url.searchParams.get('parent') === '61'
        ? json({ ...KALBAR, items: KALBAR.items.filter((item) => item.regionCode === '61.01') })
        : problem(403, 'Forbidden', 'Your account sees province 61 only'),
    );
    const { router } = renderApp('/overview?year=2025');

    const table = await screen.findByRole('table', { name: 'Capaian program per kabupaten/kota, Tahun 2025' });
    expect(router.state.location.pathname).toBe('/overview/61');
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual([
      'Sambas',
      'Kalimantan Barat (rekap)',
    ]);
    const trail = screen.getByRole('navigation', { name: 'Posisi halaman' });
    expect(within(trail).queryByText('Nasional')).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    const asked = achievementQueries(fetchMock);
    expect(asked.length).toBeGreaterThan(0);
    for (const params of asked) {
      expect(params.get('level')).toBe('REGENCY');
      expect(params.get('parent')).toBe('61');
    }
  });

  it('counts up to the chosen period, named in words, and keeps it in the address and the drill-down', async () => {
    const fetchMock = serve(ADMIN, (url) =>
      json({ ...NATION, throughPeriod: url.searchParams.get('period') ?? String(url.searchParams.get('year')) }),
    );
    const { router } = renderApp('/overview?year=2025');
    await screen.findByRole('table', { name: 'Capaian program per provinsi, Tahun 2025' });

    await userEvent.selectOptions(screen.getByLabelText('Sampai dengan'), 'Triwulan II 2025');

    const table = await screen.findByRole('table', { name: 'Capaian program per provinsi, sampai dengan Triwulan II 2025' });
    expect(router.state.location.search).toBe('?year=2025&period=2025Q2');
    expect(achievementQueries(fetchMock).at(-1)?.get('period')).toBe('2025Q2');
    expect(within(table).getByRole('link', { name: 'Kalimantan Barat' })).toHaveAttribute(
      'href',
      '/overview/61?year=2025&period=2025Q2',
    );
  });

  it('says so when the report cannot be read, and when it holds no region', async () => {
    serve(ADMIN, () => problem(403, 'Forbidden', 'Not allowed'));
    renderApp('/overview?year=2025');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not allowed');
    vi.unstubAllGlobals();

    serve(ADMIN, () => json(report({ items: [], rollup: [] })));
    renderApp('/overview?year=2024');
    expect(await screen.findByText('Belum ada wilayah atau indikator pada pilihan ini.')).toBeVisible();
  });
});
