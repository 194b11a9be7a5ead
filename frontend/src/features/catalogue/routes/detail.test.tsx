import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, problem, sentRequests } from '@/test/fake-api';
import { etagOf, serveCatalogue } from '@/test/fake-catalogue';
import { ADMIN, INDICATORS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const CAPITAL = INDICATORS.find((indicator) => indicator.code === '2.17.06.01')!;

describe('catalogue detail pages', () => {
  it('shows every field of an indicator, translated, with its program', async () => {
    saveToken('token', 3600);
    serveCatalogue(SAMBAS_OPERATOR);
    renderApp('/catalogue/indicators/2.17.06.01');

    expect(await screen.findByRole('heading', { name: 'Koperasi yang memperoleh akses permodalan' })).toBeInTheDocument();
    const value = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling?.textContent;
    expect(value('Jenis ukuran')).toBe('Angka');
    expect(value('Polaritas')).toBe('Semakin tinggi semakin baik');
    expect(value('Periode pelaporan')).toBe('Triwulanan');
    expect(value('Rekap periode ke tahunan')).toBe('Dijumlahkan');
    expect(value('Tahun dasar')).toBe('2022');
    expect(value('Nilai dasar')).toBe('142');
    expect(value('Batas bawah rentang')).toBe('—');
    expect(value('Sumber data')).toBe('LPDB-KUMKM');
    expect(value('Status')).toBe('Aktif');
    expect(await screen.findByRole('link', { name: '2.17.06 · Program Pemberdayaan dan Perlindungan Koperasi' })).toBeInTheDocument();
  });

  it('hides edit, retire and delete from an operator', async () => {
    saveToken('token', 3600);
    serveCatalogue(SAMBAS_OPERATOR);
    renderApp('/catalogue/programs/2.17.06');

    expect(await screen.findByRole('heading', { name: 'Program Pemberdayaan dan Perlindungan Koperasi' })).toBeInTheDocument();
    expect(await screen.findByText('Rasio kredit bermasalah koperasi')).toBeInTheDocument();
    await screen.findByText('Operator Sambas', { selector: '.user-name' });
    expect(screen.queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nonaktifkan' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hapus' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tambah indikator' })).not.toBeInTheDocument();
  });

  it('lets the administrator retire an indicator, with the ETag it was read with', async () => {
    saveToken('token', 3600);
    let current = CAPITAL;
    const fetchMock = serveCatalogue(ADMIN, {
      'GET /api/v1/indicators/2.17.06.01': () => json(current, 200, { ETag: etagOf(current) }),
      'POST /api/v1/indicators/2.17.06.01/retire': () => {
        current = { ...CAPITAL, active: false, version: 1 };
        return json(current, 200, { ETag: etagOf(current) });
      },
    });
    renderApp('/catalogue/indicators/2.17.06.01');
    expect(await screen.findByRole('link', { name: 'Ubah' })).toHaveAttribute(
      'href',
      '/catalogue/indicators/2.17.06.01/edit',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Nonaktifkan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));

    expect(await screen.findByText('Data telah dinonaktifkan.')).toBeInTheDocument();
    expect(within(screen.getByRole('heading', { level: 1 })).getByText('Nonaktif')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nonaktifkan' })).not.toBeInTheDocument();
    const retire = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    expect(retire.headers.get('If-Match')).toBe('"0-test"');
  });

  it('explains that a program in use cannot be deleted', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN, {
      'DELETE /api/v1/programs/2.17.06': () =>
        problem(409, 'Conflict', "Program '2.17.06' has 3 indicator(s) and cannot be deleted; retire it instead"),
    });
    renderApp('/catalogue/programs/2.17.06');

    await userEvent.click(await screen.findByRole('button', { name: 'Hapus' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ya, hapus' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data ini masih dipakai sehingga tidak dapat dihapus. Nonaktifkan saja.');
    expect(alert).toHaveTextContent('retire it instead');
  });

  it('shows the stale-record message when a retire meets a newer version', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN, {
      'POST /api/v1/programs/2.17.03/retire': () => problem(412, 'Precondition Failed'),
    });
    renderApp('/catalogue/programs/2.17.03');

    await userEvent.click(await screen.findByRole('button', { name: 'Nonaktifkan' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ya, nonaktifkan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('sudah diubah oleh pengguna lain');
    await userEvent.click(screen.getByRole('button', { name: 'Muat versi terbaru' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
