import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { SyncSource } from '../api/sync-sources';
import { formatLag } from './sync-sources';

const KALBAR: SyncSource = {
  name: 'kalbar',
  url: 'https://monev.kalbarprov.go.id',
  regionCode: '61',
  enabled: true,
  state: 'FAILING',
  cursor: '1742-90817',
  lastRunAt: '2026-12-02T03:00:00Z',
  lastSuccessAt: '2026-12-01T03:00:00Z',
  lastError: 'kalbar: GET /api/v1/changes answered 503',
  lastErrorAt: '2026-12-02T03:00:05Z',
  changesRead: 1234567,
  recordsWritten: 6342,
  lastChangeAt: '2026-12-01T02:59:00Z',
  lagSeconds: 7300,
};

describe('SyncSourcesRoute', () => {
  it('shows each source with its state, lag, progress and last error, in Indonesian', async () => {
    saveToken('token', 3600);
    fakeApi({
      'GET /api/v1/auth/me': () => json(ADMIN),
      'GET /api/v1/sync-sources': () => json([KALBAR]),
    });
    renderApp('/sync-sources');

    const row = await screen.findByRole('article', { name: 'kalbar' });
    expect(within(row).getByText('Gagal')).toBeInTheDocument();
    expect(within(row).getByText('2 jam')).toBeInTheDocument();
    expect(within(row).getByText('1.234.567 / 6.342')).toBeInTheDocument();
    expect(within(row).getByText('kalbar: GET /api/v1/changes answered 503')).toBeInTheDocument();
    expect(within(row).getByText(/Provinsi 61 · https:\/\/monev.kalbarprov.go.id/)).toBeInTheDocument();
  });

  it('runs a source on demand and shows its state after the run', async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'GET /api/v1/auth/me': () => json(ADMIN),
      'GET /api/v1/sync-sources': () => json([KALBAR]),
      'POST /api/v1/sync-sources/kalbar/runs': () =>
        json({ ...KALBAR, state: 'OK', lagSeconds: 0, recordsWritten: 6347, lastSuccessAt: '2026-12-02T04:00:00Z' }),
    });
    renderApp('/sync-sources');

    await userEvent.click(await screen.findByRole('button', { name: 'Sinkronkan sekarang' }));

    expect(await screen.findByText('kalbar: Mutakhir.')).toBeInTheDocument();
    const row = screen.getByRole('article', { name: 'kalbar' });
    expect(within(row).getByText('1.234.567 / 6.347')).toBeInTheDocument();
    expect(sentRequests(fetchMock).filter((r) => r.method === 'POST').map((r) => new URL(r.url).pathname)).toEqual([
      '/api/v1/sync-sources/kalbar/runs',
    ]);
  });

  it('explains where sources come from when none is configured', async () => {
    saveToken('token', 3600);
    fakeApi({
      'GET /api/v1/auth/me': () => json(ADMIN),
      'GET /api/v1/sync-sources': () => json([]),
    });
    renderApp('/sync-sources');
    expect(await screen.findByText(/Belum ada sumber/)).toBeInTheDocument();
  });

  it('is in the navigation of national administrators only', async () => {
    saveToken('token', 3600);
    fakeApi({ 'GET /api/v1/auth/me': () => json({ ...ADMIN, regionCode: '61' }) });
    renderApp('/');
    await screen.findAllByRole('link', { name: 'Beranda' });
    expect(screen.queryByRole('link', { name: 'Sinkronisasi provinsi' })).not.toBeInTheDocument();
  });

  it('is not in an operator\'s navigation', async () => {
    saveToken('token', 3600);
    fakeApi({ 'GET /api/v1/auth/me': () => json(SAMBAS_OPERATOR) });
    renderApp('/');
    await screen.findAllByRole('link', { name: 'Beranda' });
    expect(screen.queryByRole('link', { name: 'Sinkronisasi provinsi' })).not.toBeInTheDocument();
  });

  it('is in a national administrator\'s navigation', async () => {
    saveToken('token', 3600);
    fakeApi({ 'GET /api/v1/auth/me': () => json(ADMIN) });
    renderApp('/');
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Sinkronisasi provinsi' }).length).toBeGreaterThan(0));
  });
});

describe('formatLag', () => {
  it('takes the largest whole unit', () => {
    expect(formatLag(42, 'id')).toBe('42 detik');
    expect(formatLag(3 * 60 + 5, 'id')).toBe('3 menit');
    expect(formatLag(2 * 86_400 + 10, 'id')).toBe('2 hari');
    expect(formatLag(0, 'en')).toBe('0 seconds');
  });
});
