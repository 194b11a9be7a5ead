import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { CurrentUser } from '@/features/auth';
import { CATALOGUE } from '../test/reporting-fixtures';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

const VERIFIER: CurrentUser = { username: 'verifier', displayName: 'Verifikator Provinsi', role: 'VERIFIER', regionCode: null };

function serve(user: CurrentUser) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => page(REGIONS),
    'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    'GET /api/v1/indicators': () => page(CATALOGUE),
    'GET /api/v1/realizations': () => page([]),
    'GET /api/v1/targets': () => page([]),
    'GET /api/v1/reporting-exceptions': () => page([]),
  });
}

describe('ReportingRoute', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T08:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens the operator’s own region on the running quarter, with the entries of its role', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR);
    renderApp('/reporting');

    expect(await screen.findByRole('table', { name: 'Realisasi Triwulan IV 2026 — Kabupaten Sambas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Periode')).toHaveValue('2026Q4');
    // Only the quarters that have started can be chosen.
    expect(within(screen.getByLabelText('Periode')).getAllByRole('option')).toHaveLength(4);
    expect(screen.queryByLabelText('Wilayah')).not.toBeInTheDocument();

    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Pelaporan' })).toHaveAttribute('href', '/reporting');
    expect(within(navigation).getByRole('link', { name: 'Capaian' })).toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: 'Verifikasi' })).not.toBeInTheDocument();

    const asked = sentRequests(fetchMock).map((request) => new URL(request.url));
    expect(asked.find((url) => url.pathname === '/api/v1/realizations' && url.searchParams.get('period') === '2026Q4')?.searchParams.get('region')).toBe('61.01');
    expect(asked.some((url) => url.searchParams.get('period') === '2025Q4')).toBe(true);
  });

  it('lets the administrator choose the region, the province included', async () => {
    serve(ADMIN);
    renderApp('/reporting?region=61&type=ANNUAL');

    expect(await screen.findByRole('table', { name: 'Realisasi Tahun 2026 — Provinsi Kalimantan Barat' })).toBeInTheDocument();
    expect(screen.getByLabelText('Wilayah')).toHaveValue('61');
    expect(screen.getByText('Produk UMKM unggulan yang dikurasi untuk ekspor')).toBeInTheDocument();
    expect(screen.queryByText('Koperasi yang memanfaatkan teknologi digital')).not.toBeInTheDocument();
    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Verifikasi' })).toBeInTheDocument();
  });

  it('tells a verifier that data entry is not theirs', async () => {
    serve(VERIFIER);
    renderApp('/reporting');
    expect(await screen.findByText('Halaman ini untuk operator kabupaten/kota dan Administrator Provinsi.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Pelaporan' })).not.toBeInTheDocument();
  });
});
