import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, PROGRAMS, REGIONS } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { AchievementReport } from '../api/get-achievements';

// The charts are drawn by Apache ECharts in a browser; here only their place and label matter.
vi.mock('../components/echart', () => ({
  EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} />,
}));

const REPORT: AchievementReport = {
  year: 2025,
  throughPeriod: '2025',
  basis: 'REPORTED',
  level: 'REGENCY',
  parent: '61',
  bands: [
    { rating: 'GOOD', minimum: 76 },
    { rating: 'POOR', minimum: null },
  ],
  indicators: [
    {
      code: '2.17.06.01',
      programCode: '2.17.06',
      name: 'Koperasi yang memperoleh akses permodalan',
      unit: 'koperasi',
      polarity: 'HIGHER_IS_BETTER',
      periodType: 'QUARTERLY',
      timeAggregation: 'SUM',
      regionAggregation: 'SUM',
    },
  ],
  items: [
    {
      indicatorCode: '2.17.06.01',
      regionCode: '61.01',
      target: 1200,
      targetSource: 'OWN',
      realization: 1014.5,
      achievement: 84.54,
      rating: 'GOOD',
      status: 'COMPUTED',
      periodsReported: 3,
      periodsVerified: 1,
      periodsExpected: 4,
      verified: false,
    },
  ],
  rollup: [],
  page: 0,
  size: 500,
  total: 1,
};

describe('RegionAchievementRoute', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the way down from the nation, and each indicator's achievement and completeness", async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'GET /api/v1/auth/me': () => json(ADMIN),
      'GET /api/v1/regions': () => json({ items: REGIONS, page: 0, size: 500, total: REGIONS.length }),
      'GET /api/v1/regions/61': () => json(REGIONS[0]),
      'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
      'GET /api/v1/programs': () => json({ items: PROGRAMS, page: 0, size: 500, total: PROGRAMS.length }),
      'GET /api/v1/achievements': () => json(REPORT),
    });
    renderApp('/achievements/regions/61.01?year=2025');

    const table = await screen.findByRole('table', { name: 'Capaian tiap indikator Kabupaten Sambas 2025' });
    const trail = screen.getByRole('navigation', { name: 'Posisi halaman' });
    expect(await within(trail).findByText('Kab. Sambas')).toHaveAttribute('aria-current', 'page');
    expect(within(trail).getByRole('link', { name: 'Nasional' })).toHaveAttribute('href', '/overview?year=2025');
    expect(within(trail).getByRole('link', { name: 'Kalimantan Barat' })).toHaveAttribute('href', '/overview/61?year=2025');

    const row = within(table).getByRole('rowheader', { name: /Koperasi yang memperoleh akses permodalan/ }).closest('tr');
    const cells = [...(row as HTMLElement).querySelectorAll('td')].map((cell) => cell.textContent);
    // Target, realization and achievement in Indonesian notation; 3 of 4 quarters in, 1 of 4 verified.
    expect(cells).toEqual(['1.200', '1.014,5', '84,5%', 'Baik', '75% (3 dari 4 periode)', '25% (1 dari 4 periode)']);
    expect(within(table).getByRole('link', { name: 'Koperasi yang memperoleh akses permodalan' })).toHaveAttribute(
      'href',
      '/catalogue/indicators/2.17.06.01',
    );

    const asked = sentRequests(fetchMock)
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/achievements' && url.searchParams.get('year') === '2025');
    expect(asked[0].searchParams.get('parent')).toBe('61');
    expect(asked[0].searchParams.get('region')).toBe('61.01');
  });
});
