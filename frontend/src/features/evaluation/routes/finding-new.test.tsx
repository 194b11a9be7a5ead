import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, sentRequests, validationProblem } from '@/test/fake-api';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { finding, MEETING_2022_ID } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';

async function fillRequired() {
  await userEvent.type(screen.getByRole('textbox', { name: /^Judul temuan/ }), 'Koperasi belum mengakses LPDB');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Kategori/ }), 'CAPITAL_ACCESS');
  await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Tingkat/ }), 'HIGH');
  await userEvent.type(screen.getByRole('textbox', { name: /^Uraian/ }), 'Syarat administrasi belum dipenuhi.');
}

describe('recording a finding', () => {
  it("fixes an operator's region to their own", async () => {
    saveToken('token', 3600);
    const created = finding('new-1', { regionCode: '61.01', meetingId: null });
    const fetchMock = serveEvaluation(SAMBAS_OPERATOR, { findings: [created] }, {
      'POST /api/v1/findings': () => json(created, 201, { ETag: '"0-test"' }),
    });
    renderApp('/findings/new');

    const region = await screen.findByRole('textbox', { name: /^Wilayah/ });
    expect(region).toHaveValue('Kabupaten Sambas');
    expect(region).toHaveAttribute('readonly');
    expect(region).toHaveAccessibleDescription('Operator mencatat temuan untuk wilayahnya sendiri.');
    expect(screen.queryByRole('combobox', { name: /^Wilayah/ })).not.toBeInTheDocument();

    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Data baru tersimpan.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      meetingId: null,
      regionCode: '61.01',
      programCode: null,
      indicatorCode: null,
      category: 'CAPITAL_ACCESS',
      severity: 'HIGH',
      title: 'Koperasi belum mengakses LPDB',
      description: 'Syarat administrasi belum dipenuhi.',
      foundOn: null,
    });
  });

  it('lets the province choose any region, with the meeting it came from', async () => {
    saveToken('token', 3600);
    const fetchMock = serveEvaluation(ADMIN, {}, {
      'POST /api/v1/findings': () => validationProblem([{ field: 'title', message: 'must not be blank' }]),
    });
    renderApp(`/findings/new?meeting=${MEETING_2022_ID}`);

    const region = await screen.findByRole('combobox', { name: /^Wilayah/ });
    expect(screen.getByRole('combobox', { name: /^Rapat/ })).toHaveValue(MEETING_2022_ID);
    await userEvent.selectOptions(region, '61');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Indikator/ }), '2.17.06.01');
    // Choosing an indicator fills in its program.
    expect(screen.getByRole('combobox', { name: /^Program/ })).toHaveValue('2.17.06');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    // The server's objection appears beside the field, in the dashboard's language.
    const title = screen.getByRole('textbox', { name: /^Judul temuan/ });
    expect(await screen.findByText('Wajib diisi.')).toBeInTheDocument();
    expect(title).toHaveAttribute('aria-invalid', 'true');
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    expect(await post.json()).toMatchObject({
      meetingId: MEETING_2022_ID,
      regionCode: '61',
      programCode: '2.17.06',
      indicatorCode: '2.17.06.01',
    });
  });

  it('is closed to the read-only ministry account', async () => {
    saveToken('token', 3600);
    serveEvaluation({ username: 'ministry', displayName: 'Kementerian', role: 'MINISTRY', regionCode: null });
    renderApp('/findings/new');
    expect(await screen.findByText('Akun Kementerian hanya dapat membaca data.')).toBeInTheDocument();
  });
});
