import { useMutation, useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import type { CurrentUser } from '@/features/auth';
import { ApiError } from '@/lib/errors';
import { saveToken } from '@/lib/token-storage';
import type { Versioned } from '@/lib/versioned';
import { serveCatalogue } from '@/test/fake-catalogue';
import { ADMIN } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { CatalogueRecordPage } from './record-page';

interface Thing {
  code: string;
  name: string;
  unit: string;
  active: boolean;
  updatedAt: string;
}

const THING: Thing = { code: '9.01', name: 'Koperasi sehat', unit: 'unit', active: true, updatedAt: '2025-03-01T02:00:00Z' };

interface ThingPageProps {
  read: () => Promise<Versioned<Thing>>;
  retire: (etag: string | null) => Promise<unknown>;
}

function ThingPage({ read, retire }: ThingPageProps) {
  const query = useQuery({ queryKey: ['thing'], queryFn: read });
  const retireMutation = useMutation({ mutationFn: retire });
  const remove = useMutation({ mutationFn: async (_etag: string | null) => undefined });
  return (
    <CatalogueRecordPage
      kind="indicator"
      query={query}
      retire={retireMutation}
      remove={remove}
      details={(thing) => [{ label: 'Satuan', value: thing.unit }]}
    >
      {(thing) => <p>Di bawah {thing.name}</p>}
    </CatalogueRecordPage>
  );
}

function renderPage(user: CurrentUser, read: () => Promise<Versioned<Thing>>, retire = vi.fn()) {
  saveToken('token', 3600);
  serveCatalogue(user);
  const router = createMemoryRouter(
    [
      { path: '/catalogue/indicators/:code', element: <ThingPage read={read} retire={retire} /> },
      { path: '/catalogue', element: <p>Katalog</p> },
    ],
    { initialEntries: [{ pathname: '/catalogue/indicators/9.01', state: { notice: 'saved' } }] },
  );
  renderWithProviders(<RouterProvider router={router} />);
  return { retire };
}

const dt = () => screen.getAllByRole('term').map((term) => term.textContent);

describe('CatalogueRecordPage', () => {
  it('shows the record under its kind and code, its fields between code and status, and what was just saved', async () => {
    renderPage(ADMIN, async () => ({ record: THING, etag: '"4"' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Koperasi sehat' })).toBeInTheDocument();
    expect(screen.getByText('Indikator', { selector: 'p.muted' })).toHaveTextContent('Indikator 9.01');
    expect(screen.getByText('Perubahan tersimpan.')).toBeInTheDocument();
    expect(dt()).toEqual(['Kode', 'Satuan', 'Status', 'Terakhir diubah']);
    expect(screen.getByText('Di bawah Koperasi sehat')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kembali ke katalog' })).toHaveAttribute('href', '/catalogue');
    expect(await screen.findByRole('link', { name: 'Ubah' })).toHaveAttribute('href', '/catalogue/indicators/9.01/edit');
  });

  it('retires with the ETag it read and says so instead of the earlier notice', async () => {
    const retire = vi.fn(async () => ({ record: { ...THING, active: false }, etag: '"5"' }));
    renderPage(ADMIN, async () => ({ record: THING, etag: '"4"' }), retire);

    await userEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));

    expect(await screen.findByText('Data telah dinonaktifkan.')).toBeInTheDocument();
    expect(screen.queryByText('Perubahan tersimpan.')).not.toBeInTheDocument();
    expect(retire).toHaveBeenCalledWith('"4"', expect.anything());
  });

  it('says why the record cannot be read, with the way back to the catalogue', async () => {
    renderPage(ADMIN, async () => {
      throw new ApiError(404, { title: 'Not Found' });
    });

    expect(await screen.findByRole('alert')).toHaveTextContent('Not Found');
    expect(screen.getByRole('link', { name: 'Kembali ke katalog' })).toHaveAttribute('href', '/catalogue');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
  });
});
