import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, sentRequests, validationProblem } from '@/test/fake-api';
import { etagOf, serveCatalogue } from '@/test/fake-catalogue';
import { ADMIN, PROGRAMS } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('program forms', () => {
  it('marks the missing fields of a new program, in the dashboard language', async () => {
    saveToken('token', 3600);
    const fetchMock = serveCatalogue(ADMIN, {
      'POST /api/v1/programs': () =>
        validationProblem([
          { field: 'code', message: 'must not be null' },
          { field: 'name', message: 'must not be blank' },
          { field: 'endYear', message: 'must not be before startYear' },
        ]),
    });
    renderApp('/catalogue/programs/new');
    await userEvent.selectOptions(await screen.findByLabelText('Bidang'), 'SME');
    await userEvent.selectOptions(screen.getByLabelText('Kewenangan'), 'REGENCY');
    await userEvent.type(screen.getByLabelText('Tahun mulai'), '2025');
    await userEvent.type(screen.getByLabelText('Tahun akhir'), '2024');

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByLabelText('Kode')).toHaveAccessibleDescription(expect.stringContaining('Wajib diisi.'));
    expect(screen.getByLabelText('Nama')).toHaveAccessibleDescription('Wajib diisi.');
    expect(screen.getByLabelText('Tahun akhir')).toHaveAccessibleDescription(
      expect.stringContaining('must not be before startYear'),
    );
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    const body = await post.json();
    expect(body).toMatchObject({ field: 'SME', authority: 'REGENCY', startYear: 2025, endYear: 2024, description: null });
    expect(body).not.toHaveProperty('code');
  });

  it('edits a program with the ETag it was read with', async () => {
    saveToken('token', 3600);
    const original = PROGRAMS[0];
    const saved = { ...original, endYear: 2026, version: 1 };
    const fetchMock = serveCatalogue(ADMIN, {
      'PUT /api/v1/programs/2.17.03': () => json(saved, 200, { ETag: etagOf(saved) }),
    });
    const { router } = renderApp('/catalogue/programs/2.17.03/edit');
    await userEvent.type(await screen.findByLabelText('Tahun akhir'), '2026');

    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Perubahan tersimpan.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/catalogue/programs/2.17.03');
    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT')!;
    expect(put.headers.get('If-Match')).toBe('"0-test"');
    expect(await put.json()).toMatchObject({ code: '2.17.03', endYear: 2026, startYear: 2021, active: true });
  });
});
