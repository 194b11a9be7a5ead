import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, sentRequests, validationProblem } from '@/test/fake-api';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { MEETING_2022 } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';

describe('the meeting form', () => {
  it('records attendance as invited too, and shows a bad period beside the periods field', async () => {
    saveToken('token', 3600);
    let attempts = 0;
    const saved = { ...MEETING_2022, id: 'm-new', title: 'Rapat Monev Semester I 2025', agreements: [] };
    const fetchMock = serveEvaluation(ADMIN, { meetings: [MEETING_2022, saved] }, {
      'POST /api/v1/meetings': () =>
        ++attempts === 1
          ? validationProblem([{ field: 'periods[0]', message: 'must look like 2025, 2025S1, 2025Q3 or 2025-07' }])
          : json(saved, 201, { ETag: '"0-test"' }),
    });
    renderApp('/meetings/new');

    await userEvent.type(await screen.findByRole('textbox', { name: /^Judul/ }), 'Rapat Monev Semester I 2025');
    await userEvent.type(screen.getByLabelText(/^Tanggal/), '2025-07-10');
    await userEvent.type(screen.getByRole('textbox', { name: /^Tempat/ }), 'Pontianak');
    await userEvent.type(screen.getByRole('spinbutton', { name: /^Tahun yang dievaluasi/ }), '2025');
    await userEvent.type(screen.getByRole('textbox', { name: /^Periode yang dievaluasi/ }), 'semester satu');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hadir: Kabupaten Sintang' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Diundang: Kabupaten Sambas' }));
    expect(screen.getByRole('checkbox', { name: 'Diundang: Kabupaten Sintang' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    const periods = screen.getByRole('textbox', { name: /^Periode yang dievaluasi/ });
    expect(await screen.findByText('must look like 2025, 2025S1, 2025Q3 or 2025-07')).toBeInTheDocument();
    expect(periods).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(periods);
    await userEvent.type(periods, '2025S1, 2025Q2');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Data baru tersimpan.')).toBeInTheDocument();
    const posts = sentRequests(fetchMock).filter((request) => request.method === 'POST');
    expect(await posts[1].json()).toEqual({
      title: 'Rapat Monev Semester I 2025',
      date: '2025-07-10',
      place: 'Pontianak',
      year: 2025,
      periods: ['2025S1', '2025Q2'],
      invitedRegionCodes: ['61.01', '61.05'],
      attendedRegionCodes: ['61.05'],
      minutes: null,
    });
  });

  it('is closed to operators', async () => {
    saveToken('token', 3600);
    serveEvaluation(SAMBAS_OPERATOR);
    renderApp('/meetings/new');
    expect(
      await screen.findByText('Hanya Administrator Provinsi dan Verifikator yang dapat mengubah rapat.'),
    ).toBeInTheDocument();
  });
});
