import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, PROGRAMS, REGIONS } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { AchievementReport } from '../api/get-achievements';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

function report(year: number): AchievementReport {
  return {
    year,
    throughPeriod: String(year),
    basis: 'REPORTED',
    level: 'REGENCY',
    parent: '61',
    page: 0,
    size: 500,
    total: 0,
    bands: [
      { rating: 'GOOD', minimum: 76 },
      { rating: 'POOR', minimum: null },
    ],
    indicators: [],
    items: [],
    rollup: [],
  };
}

/** The API with realizations whose latest period is {@code latest} (none when null). */
function serve(latest: string | null) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(ADMIN),
    'GET /api/v1/regions': () => page(REGIONS),
    'GET /api/v1/programs': () => page(PROGRAMS),
    'GET /api/v1/realizations': () => page(latest ? [{ period: latest }] : []),
    'GET /api/v1/achievements': (_request, url) => json(report(Number(url.searchParams.get('year')))),
  });
}

function askedYears(fetchMock: ReturnType<typeof fakeApi>): string[] {
  return sentRequests(fetchMock)
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === '/api/v1/achievements')
    .map((url) => url.searchParams.get('year') ?? '');
}

describe('AchievementsRoute', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-02-10T08:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on the latest year with data, and asks for no other year first', async () => {
    const fetchMock = serve('2025Q4');
    renderApp('/achievements');

    expect(await screen.findByLabelText('Tahun')).toHaveValue('2025');
    const latestAsked = sentRequests(fetchMock).find((request) => new URL(request.url).pathname === '/api/v1/realizations');
    expect(new URL(latestAsked!.url).searchParams.get('sort')).toBe('-period');
    await waitFor(() => expect(askedYears(fetchMock)).toContain('2025'));
    expect(new Set(askedYears(fetchMock))).toEqual(new Set(['2025']));
  });

  it('opens on this year when nothing is reported yet', async () => {
    const fetchMock = serve(null);
    renderApp('/achievements');

    expect(await screen.findByLabelText('Tahun')).toHaveValue('2026');
    await waitFor(() => expect(askedYears(fetchMock)).toContain('2026'));
    expect(new Set(askedYears(fetchMock))).toEqual(new Set(['2026']));
  });

  it('keeps the year the address asks for, without looking up the latest', async () => {
    const fetchMock = serve('2025Q4');
    renderApp('/achievements?year=2024');

    expect(await screen.findByLabelText('Tahun')).toHaveValue('2024');
    expect(sentRequests(fetchMock).some((request) => new URL(request.url).pathname === '/api/v1/realizations')).toBe(false);
    await waitFor(() => expect(askedYears(fetchMock)).toContain('2024'));
    expect(new Set(askedYears(fetchMock))).toEqual(new Set(['2024']));
  });
});
