import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { sentRequests } from '@/test/fake-api';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { finding, MEETING_2022_ID } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';

const FINDINGS = [
  finding('f-1', { title: 'Koperasi di Kapuas Hulu sulit mengakses pembiayaan', overdue: true }),
  finding('f-2', { title: 'Temuan rapat lain', meetingId: 'other' }),
];

describe('the meeting page', () => {
  it('shows attendance, minutes, agreements and the findings raised there', async () => {
    saveToken('token', 3600);
    const fetchMock = serveEvaluation(SAMBAS_OPERATOR, { findings: FINDINGS });
    renderApp(`/meetings/${MEETING_2022_ID}`);

    expect(
      await screen.findByRole('heading', { name: 'Monitoring dan Evaluasi Program Strategis Bidang KUMKM Tahun 2022' }),
    ).toBeInTheDocument();
    expect(screen.getByText('13 dari 14 kabupaten/kota hadir')).toBeInTheDocument();
    const attendance = screen.getByRole('list', { name: 'Kehadiran' });
    expect(within(attendance).getAllByRole('listitem')).toHaveLength(14);
    expect(within(attendance).getByText(/Kabupaten Kayong Utara/).closest('li')).toHaveTextContent('Tidak hadir');
    expect(screen.getByText('Dibuka oleh Kepala Diskop-UKM Provinsi Kalbar.')).toBeInTheDocument();

    const agreements = screen.getByRole('table', { name: 'Kesepakatan rapat' });
    const late = within(agreements).getByRole('row', { name: /memutakhirkan data koperasi/ });
    expect(late).toHaveTextContent('Kabupaten Kapuas Hulu');
    expect(late).toHaveTextContent('Dalam proses');
    expect(late).toHaveTextContent('Lewat tenggat');
    expect(within(agreements).getByRole('row', { name: /Satu gerak/ })).not.toHaveTextContent('Lewat tenggat');

    expect(await screen.findByRole('link', { name: 'Koperasi di Kapuas Hulu sulit mengakses pembiayaan' })).toBeInTheDocument();
    expect(screen.queryByText('Temuan rapat lain')).not.toBeInTheDocument();
    const findingsCall = sentRequests(fetchMock).find((request) => new URL(request.url).pathname === '/api/v1/findings')!;
    expect(new URL(findingsCall.url).searchParams.get('meeting')).toBe(MEETING_2022_ID);

    // An operator reads; only the province writes meetings.
    expect(screen.queryByRole('link', { name: 'Ubah' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tambah kesepakatan' })).not.toBeInTheDocument();
  });

  it('prints the summary from the print button', async () => {
    saveToken('token', 3600);
    serveEvaluation(ADMIN, { findings: FINDINGS });
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    renderApp(`/meetings/${MEETING_2022_ID}`);

    const button = await screen.findByRole('button', { name: 'Cetak ringkasan' });
    expect(button).toHaveClass('no-print');
    await userEvent.click(button);

    expect(print).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('link', { name: 'Ubah' })).toHaveAttribute('href', `/meetings/${MEETING_2022_ID}/edit`);
    expect(screen.getByRole('button', { name: 'Tambah kesepakatan' })).toBeInTheDocument();
  });
});
