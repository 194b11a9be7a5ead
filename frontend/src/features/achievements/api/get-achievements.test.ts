import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { type AchievementIndicator, type AchievementReport, type AchievementRow, getAchievements } from './get-achievements';

function indicator(code: string): AchievementIndicator {
  return {
    code,
    programCode: code.split('.').slice(0, 3).join('.'),
    name: `Indikator ${code}`,
    unit: 'unit',
    polarity: 'HIGHER_IS_BETTER',
    periodType: 'ANNUAL',
    timeAggregation: 'SUM',
    regionAggregation: 'SUM',
  };
}

function row(indicatorCode: string, regionCode: string | null): AchievementRow {
  return {
    indicatorCode,
    regionCode,
    target: 10,
    targetSource: 'OWN',
    realization: 5,
    achievement: 50,
    rating: 'VERY_POOR',
    status: 'COMPUTED',
    periodsReported: 1,
    periodsVerified: 0,
    periodsExpected: 1,
    verified: false,
  };
}

/** A report of `total` indicators served `size` at a time, as the API pages it. */
function serveReport(total: number, size: number) {
  const all = Array.from({ length: total }, (_, index) => indicator(`2.17.06.${String(index + 1).padStart(3, '0')}`));
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/achievements': (_request, url) => {
      const page = Number(url.searchParams.get('page') ?? 0);
      const indicators = all.slice(page * size, (page + 1) * size);
      const report: AchievementReport = {
        year: 2025,
        throughPeriod: '2025',
        basis: 'REPORTED',
        level: 'PROVINCE',
        parent: null,
        bands: [],
        indicators,
        items: indicators.map((item) => row(item.code, '61')),
        rollup: indicators.map((item) => row(item.code, null)),
        page,
        size,
        total,
      };
      return json(report);
    },
  });
}

describe('getAchievements', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks once for the largest page when it holds every indicator', async () => {
    const fetchMock = serveReport(3, 500);
    const report = await getAchievements({ year: 2025, level: 'PROVINCE' });
    expect(report.indicators).toHaveLength(3);
    const sent = sentRequests(fetchMock).map((request) => new URL(request.url).searchParams);
    expect(sent).toHaveLength(1);
    expect(sent[0].get('size')).toBe('500');
    expect(sent[0].get('level')).toBe('PROVINCE');
  });

  it('reads every page when the report has more indicators than a page, joining them in order', async () => {
    const fetchMock = serveReport(5, 2);
    const report = await getAchievements({ year: 2025, level: 'PROVINCE' });
    expect(sentRequests(fetchMock).map((request) => new URL(request.url).searchParams.get('page'))).toEqual(['0', '1', '2']);
    expect(report.indicators.map((item) => item.code)).toEqual([
      '2.17.06.001',
      '2.17.06.002',
      '2.17.06.003',
      '2.17.06.004',
      '2.17.06.005',
    ]);
    expect(report.items).toHaveLength(5);
    expect(report.rollup.map((item) => item.indicatorCode)).toEqual(report.indicators.map((item) => item.code));
    expect(report.total).toBe(5);
  });
});
