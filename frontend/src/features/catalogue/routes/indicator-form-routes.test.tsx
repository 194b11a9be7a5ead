import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, problem, sentRequests, validationProblem } from '@/test/fake-api';
import { etagOf, serveCatalogue } from '@/test/fake-catalogue';
import { ADMIN, INDICATORS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';

const CAPITAL = INDICATORS.find((indicator) => indicator.code === '2.17.06.01')!;

async function fillNewIndicator() {
  await userEvent.type(screen.getByLabelText('Kode'), '2.17.06.99');
  await userEvent.type(screen.getByLabelText('Nama'), 'Rasio modal sendiri koperasi');
  await userEvent.type(screen.getByLabelText('Satuan'), 'persen');
  await userEvent.selectOptions(screen.getByLabelText('Jenis ukuran'), 'PERCENT');
  await userEvent.selectOptions(screen.getByLabelText('Polaritas'), 'RANGE');
  await userEvent.selectOptions(screen.getByLabelText('Periode pelaporan'), 'ANNUAL');
  await userEvent.selectOptions(screen.getByLabelText('Rekap periode ke tahunan'), 'LAST');
  await userEvent.selectOptions(screen.getByLabelText('Rekap kabupaten/kota ke provinsi'), 'AVERAGE');
}

describe('indicator forms', () => {
  it('shows each validation error of the server beside the field it names', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN, {
      'POST /api/v1/indicators': () =>
        validationProblem([
          { field: 'rangeLow', message: 'is required for a RANGE indicator' },
          { field: 'rangeHigh', message: 'is required for a RANGE indicator' },
          { field: 'version', message: 'is not writable' },
        ]),
    });
    renderApp('/catalogue/indicators/new?program=2.17.06');
    expect(await screen.findByLabelText('Program')).toHaveValue('2.17.06');
    await fillNewIndicator();
    // In Indonesian "12.5" is neither twelve and a half nor a grouped number: refused, not sent.
    await userEvent.type(screen.getByLabelText('Nilai dasar'), '12.5');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText(/Bukan angka yang dapat dibaca/)).toBeInTheDocument();
    expect(sentRequests(fetchMock).some((request) => request.method === 'POST')).toBe(false);
    await userEvent.clear(screen.getByLabelText('Nilai dasar'));
    await userEvent.type(screen.getByLabelText('Nilai dasar'), '12,5');

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Data belum dapat disimpan. Periksa isian yang ditandai.')).toBeInTheDocument();
    const low = screen.getByLabelText('Batas bawah rentang');
    const high = screen.getByLabelText('Batas atas rentang');
    expect(low).toHaveAttribute('aria-invalid', 'true');
    expect(low).toHaveAccessibleDescription(expect.stringContaining('is required for a RANGE indicator'));
    expect(high).toHaveAccessibleDescription(expect.stringContaining('is required for a RANGE indicator'));
    expect(screen.getByLabelText('Nama')).not.toHaveAttribute('aria-invalid');
    // A field the form does not show is still reported, above the form.
    expect(screen.getByRole('alert')).toHaveTextContent('version: is not writable');

    const post = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      code: '2.17.06.99',
      programCode: '2.17.06',
      polarity: 'RANGE',
      baselineValue: 12.5,
      baselineYear: null,
      rangeLow: null,
      rangeHigh: null,
      dataSource: null,
    });
  });

  it('says so when the code is already taken', async () => {
    saveToken('token', 3600);
    serveCatalogue(ADMIN, {
      'POST /api/v1/indicators': () => problem(409, 'Conflict', "An indicator with code '2.17.06.99' already exists"),
    });
    renderApp('/catalogue/indicators/new?program=2.17.06');
    await screen.findByLabelText('Program');
    await fillNewIndicator();

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Kode ini sudah dipakai. Gunakan kode lain.');
    expect(screen.getByLabelText('Kode')).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves with If-Match and, when someone else saved first, offers to load the latest version', async () => {
    saveToken('token', 3600);
    let current = CAPITAL;
    const fetchMock = serveCatalogue(ADMIN, {
      'GET /api/v1/indicators/2.17.06.01': () => json(current, 200, { ETag: etagOf(current) }),
      'PUT /api/v1/indicators/2.17.06.01': () =>
        problem(
          412,
          'Precondition Failed',
          'The record was changed by someone else since you read it; read it again and reapply your change',
        ),
    });
    renderApp('/catalogue/indicators/2.17.06.01/edit');
    const name = await screen.findByLabelText('Nama');
    expect(name).toHaveValue('Koperasi yang memperoleh akses permodalan');
    expect(screen.getByLabelText('Kode')).toHaveAttribute('readonly');

    // Meanwhile, someone else renames the indicator.
    current = { ...CAPITAL, name: 'Koperasi penerima akses permodalan', version: 1 };
    await userEvent.clear(name);
    await userEvent.type(name, 'Nama dari formulir lama');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Data ini sudah diubah oleh pengguna lain setelah Anda membukanya',
    );
    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0-test"');
    expect(await put.json()).toMatchObject({ code: '2.17.06.01', name: 'Nama dari formulir lama', active: true });

    await userEvent.click(screen.getByRole('button', { name: 'Muat versi terbaru' }));

    expect(await screen.findByText('Versi terbaru sudah dimuat.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nama')).toHaveValue('Koperasi penerima akses permodalan');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('saves an edit and returns to the indicator with the new ETag kept', async () => {
    saveToken('token', 3600);
    const saved = { ...CAPITAL, unit: 'unit koperasi', version: 1 };
    const fetchMock = serveCatalogue(ADMIN, {
      'PUT /api/v1/indicators/2.17.06.01': () => json(saved, 200, { ETag: etagOf(saved) }),
    });
    const { router } = renderApp('/catalogue/indicators/2.17.06.01/edit');
    const unit = await screen.findByLabelText('Satuan');
    await userEvent.clear(unit);
    await userEvent.type(unit, 'unit koperasi');

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Perubahan tersimpan.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/catalogue/indicators/2.17.06.01');
    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT')!;
    expect(await put.json()).toMatchObject({ unit: 'unit koperasi', baselineValue: 142, rangeLow: null });
  });

  it('does not open the form for an operator', async () => {
    saveToken('token', 3600);
    serveCatalogue(SAMBAS_OPERATOR);
    renderApp('/catalogue/indicators/2.17.06.01/edit');

    expect(await screen.findByText('Hanya Administrator Provinsi yang dapat mengubah katalog.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simpan' })).not.toBeInTheDocument();
  });
});
