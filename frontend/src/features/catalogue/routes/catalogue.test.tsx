import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { saveToken } from '@/lib/token-storage';
import { sentRequests } from '@/test/fake-api';
import { serveCatalogue } from '@/test/fake-catalogue';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';

function group(name: string) {
  return screen.getByRole('region', { name });
}

function program(name: RegExp | string) {
  return screen.getByRole('article', { name });
}

function requestsTo(fetchMock: ReturnType<typeof serveCatalogue>, path: string) {
  return sentRequests(fetchMock)
    .map((request) => new URL(request.url))
    .filter((url) => url.pathname === path);
}

describe('CatalogueRoute', () => {
  it('groups the active programs by field, each with its indicators, loaded in one page each', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN);
    renderApp('/catalogue');

    const cooperatives = await screen.findByRole('region', { name: 'Koperasi' });
    const smes = group('UMKM');
    expect(within(cooperatives).getAllByRole('article').map((article) => article.getAttribute('aria-labelledby'))).toEqual([
      'program-2.17.03',
      'program-2.17.06',
    ]);
    expect(within(smes).getAllByRole('article')).toHaveLength(1);
    expect(within(smes).getByText('UMKM yang naik kelas')).toBeInTheDocument();

    const capital = within(program(/2\.17\.06/)).getByRole('row', { name: /akses permodalan/ });
    expect(within(capital).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      '2.17.06.01',
      'Koperasi yang memperoleh akses permodalan',
      'koperasi',
      'Semakin tinggi semakin baik',
      'Triwulanan',
    ]);
    expect(screen.queryByText('Program Koperasi Lama')).not.toBeInTheDocument();
    expect(screen.getByText('3 program · 4 indikator')).toBeInTheDocument();

    for (const url of [...requestsTo(fetchMock, '/api/v1/programs'), ...requestsTo(fetchMock, '/api/v1/indicators')]) {
      expect(url.searchParams.get('size')).toBe('500');
      expect(url.searchParams.get('active')).toBe('true');
    }
  });

  it('searches on the server and keeps only the programs with matching indicators', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN);
    renderApp('/catalogue');
    await screen.findByRole('region', { name: 'UMKM' });

    await userEvent.type(screen.getByRole('searchbox', { name: 'Cari' }), 'permodalan');

    expect(await screen.findByText('1 program · 1 indikator')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'UMKM' })).not.toBeInTheDocument();
    expect(within(program(/2\.17\.06/)).getAllByRole('row')).toHaveLength(2);
    expect(requestsTo(fetchMock, '/api/v1/indicators').map((url) => url.searchParams.get('q'))).toContain('permodalan');
  });

  it('shows a program that matches the search by name even without matching indicators', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN);
    renderApp('/catalogue?q=Menengah');

    const smes = await screen.findByRole('region', { name: 'UMKM' });
    expect(within(smes).getByText('Tidak ada indikator program ini yang sesuai dengan pencarian.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Koperasi' })).not.toBeInTheDocument();
  });

  it('filters by polarity, period type and field', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN);
    renderApp('/catalogue');
    await screen.findByRole('region', { name: 'UMKM' });

    await userEvent.selectOptions(screen.getByLabelText('Polaritas'), 'LOWER_IS_BETTER');
    expect(await screen.findByText('1 program · 1 indikator')).toBeInTheDocument();
    expect(screen.getByText('Rasio kredit bermasalah koperasi')).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/v1/indicators').at(-1)?.searchParams.get('polarity')).toBe('LOWER_IS_BETTER');

    await userEvent.selectOptions(screen.getByLabelText('Polaritas'), '');
    await userEvent.selectOptions(screen.getByLabelText('Periode pelaporan'), 'SEMIANNUAL');
    expect(await screen.findByText('UMKM yang naik kelas')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Koperasi' })).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Periode pelaporan'), '');
    await userEvent.selectOptions(screen.getByLabelText('Bidang'), 'COOPERATIVE');
    expect(await screen.findByText('2 program · 3 indikator')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'UMKM' })).not.toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/v1/programs').at(-1)?.searchParams.get('field')).toBe('COOPERATIVE');
  });

  it('shows retired programs and indicators on request, marked as such', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN);
    renderApp('/catalogue');
    await screen.findByRole('region', { name: 'UMKM' });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Tampilkan yang nonaktif' }));

    const retiredProgram = await screen.findByRole('article', { name: /Program Koperasi Lama/ });
    expect(within(retiredProgram).getByText('Nonaktif')).toBeInTheDocument();
    const retiredRow = screen.getByRole('row', { name: /Indikator yang sudah tidak dipakai/ });
    expect(retiredRow).toHaveClass('is-retired');
    expect(within(retiredRow).getByText('Nonaktif')).toBeInTheDocument();
    expect(requestsTo(fetchMock, '/api/v1/indicators').at(-1)?.searchParams.has('active')).toBe(false);
  });

  it('translates fields, polarity and period types into English', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN);
    renderApp('/catalogue');
    await screen.findByRole('region', { name: 'UMKM' });

    await act(() => i18n.changeLanguage('en'));

    expect(screen.getByRole('region', { name: 'Cooperatives' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'SMEs' })).toBeInTheDocument();
    expect(screen.getAllByText('Higher is better').length).toBeGreaterThan(0);
    expect(screen.getByRole('cell', { name: 'Quarterly' })).toBeInTheDocument();
  });

  it('offers the administrator to add programs and indicators', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN);
    renderApp('/catalogue');

    expect(await screen.findByRole('link', { name: 'Tambah program' })).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: /Tambah indikator/ })).toHaveLength(3);
  });

  it('shows an operator the catalogue without any button to change it', async () => {
    saveToken('token', 3600);
    serveCatalogue(SAMBAS_OPERATOR);
    renderApp('/catalogue');

    expect(await screen.findByText('Koperasi yang memperoleh akses permodalan')).toBeInTheDocument();
    await screen.findByText('Operator Sambas', { selector: '.user-name' });
    expect(screen.queryByRole('link', { name: 'Tambah program' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Tambah indikator/ })).not.toBeInTheDocument();
  });
});

describe('CatalogueRoute search box', () => {
  it('empties when the catalogue is opened again from the navigation', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN);
    const { router } = renderApp('/catalogue?q=permodalan');
    expect(await screen.findByRole('searchbox', { name: 'Cari' })).toHaveValue('permodalan');

    await userEvent.click(screen.getByRole('link', { name: 'Katalog' }));

    expect(screen.getByRole('searchbox', { name: 'Cari' })).toHaveValue('');
    expect(await screen.findByRole('region', { name: 'UMKM' })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(router.state.location.search).toBe('');
  });
});
