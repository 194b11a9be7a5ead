import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { REGIONS } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { RegionsRoute } from './regions';

function serveRegions() {
  return fakeApi({
    'GET /api/v1/regions': (_request, url) => {
      const level = url.searchParams.get('level');
      const items = REGIONS.filter((region) => !level || region.level === level);
      return json({ items, page: 0, size: Number(url.searchParams.get('size')), total: items.length });
    },
  });
}

describe('RegionsRoute', () => {
  it('lists every region in one request', async () => {
    saveToken('token', 3600);
    const fetchMock = serveRegions();
    renderWithProviders(<RegionsRoute />);

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(16);
    expect(screen.getByText('15 wilayah')).toBeInTheDocument();
    expect(new URL(sentRequests(fetchMock)[0].url).searchParams.get('size')).toBe('500');
  });

  it('filters by level on the server', async () => {
    saveToken('token', 3600);
    const fetchMock = serveRegions();
    renderWithProviders(<RegionsRoute />);
    await screen.findByRole('table');

    await userEvent.selectOptions(screen.getByLabelText('Tingkat'), 'CITY');

    expect(await screen.findByText('2 wilayah')).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Kode'),
      expect.stringContaining('Kota Pontianak'),
      expect.stringContaining('Kota Singkawang'),
    ]);
    const levels = sentRequests(fetchMock).map((request) => new URL(request.url).searchParams.get('level'));
    expect(levels).toContain('CITY');
  });

  it('shows a connection banner when the server is unreachable', async () => {
    saveToken('token', 3600);
    fakeApi({
      'GET /api/v1/regions': () => {
        throw new TypeError('Failed to fetch');
      },
    });
    renderWithProviders(<RegionsRoute />);

    expect(await screen.findAllByRole('alert')).not.toHaveLength(0);
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent('Tidak dapat terhubung ke server');
  });
});
