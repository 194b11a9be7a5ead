import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { json, sentRequests, validationProblem } from '@/test/fake-api';
import { ADMIN } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { finding, followUp, recommendation } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';

const KAPUAS_OPERATOR = { username: 'op-6106', displayName: 'Operator Kapuas Hulu', role: 'OPERATOR' as const, regionCode: '61.06' };
const FINDING = finding('f-1', { title: 'Koperasi di Kapuas Hulu sulit mengakses pembiayaan', overdue: true, recommendationCount: 2 });
const LATE = recommendation('r-1', {
  findingId: 'f-1',
  text: 'Pendampingan penyusunan laporan keuangan.',
  status: 'IN_PROGRESS',
  overdue: true,
});
const DONE = recommendation('r-2', {
  findingId: 'f-1',
  text: 'Fasilitasi temu bisnis dengan LPDB.',
  responsibleLevel: 'PROVINCE',
  responsibleRegionCode: '61',
  status: 'DONE',
});
const DATA = {
  findings: [FINDING],
  recommendations: { 'f-1': [LATE, DONE] },
  followUps: {
    'r-1': [followUp('u-1', { description: 'Pendampingan tahap pertama.', status: 'IN_PROGRESS', evidenceUrl: 'https://contoh.go.id/foto' })],
  },
};

describe('the finding page', () => {
  it('shows the recommendations with their status, due date and follow-up history', async () => {
    saveToken('token', 3600);
    serveEvaluation(KAPUAS_OPERATOR, DATA);
    renderApp('/findings/f-1');

    expect(await screen.findByRole('heading', { name: 'Koperasi di Kapuas Hulu sulit mengakses pembiayaan' })).toBeInTheDocument();
    const late = await screen.findByRole('article', { name: 'Pendampingan penyusunan laporan keuangan.' });
    expect(late).toHaveTextContent('2 · Belum sesuai / dalam proses');
    expect(late).toHaveTextContent('Lewat tenggat');
    expect(late).toHaveTextContent('Penanggung jawab: Kabupaten Kapuas Hulu');
    expect(late).toHaveTextContent('Batas waktu 21 Nov 2022');
    expect(await within(late).findByText('Pendampingan tahap pertama.')).toBeInTheDocument();
    expect(within(late).getByRole('link', { name: 'Bukti' })).toHaveAttribute('href', 'https://contoh.go.id/foto');

    const done = screen.getByRole('article', { name: 'Fasilitasi temu bisnis dengan LPDB.' });
    expect(done).toHaveTextContent('1 · Sesuai rekomendasi');
    expect(done).toHaveTextContent('Penanggung jawab: Provinsi');
    expect(done).not.toHaveTextContent('Lewat tenggat');
    expect(await within(done).findByText('Belum ada tindak lanjut.')).toBeInTheDocument();

    // The operator of the region follows up, but does not add recommendations.
    expect(within(late).getByRole('button', { name: 'Catat tindak lanjut' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tambah rekomendasi' })).not.toBeInTheDocument();
  });

  it("records an operator's follow-up, showing the server's objections beside the fields first", async () => {
    saveToken('token', 3600);
    let attempts = 0;
    const fetchMock = serveEvaluation(KAPUAS_OPERATOR, DATA, {
      'POST /api/v1/recommendations/r-1/follow-ups': () =>
        ++attempts === 1
          ? validationProblem([{ field: 'evidenceUrl', message: 'must be an http or https link' }])
          : json(followUp('u-2', { status: 'DONE' }), 201),
    });
    renderApp('/findings/f-1');

    const late = await screen.findByRole('article', { name: 'Pendampingan penyusunan laporan keuangan.' });
    await userEvent.click(within(late).getByRole('button', { name: 'Catat tindak lanjut' }));
    const form = within(late).getByRole('form', { name: 'Tindak lanjut baru' });
    await userEvent.selectOptions(within(form).getByLabelText(/Status baru/), 'DONE');
    await userEvent.type(within(form).getByRole('textbox', { name: /Uraian tindak lanjut/ }), 'Seluruh koperasi didampingi.');
    await userEvent.type(within(form).getByRole('textbox', { name: /Tautan bukti/ }), 'ftp://arsip');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan' }));

    expect(await within(form).findByText('must be an http or https link')).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: /Tautan bukti/ })).toHaveAttribute('aria-invalid', 'true');

    await userEvent.clear(within(form).getByRole('textbox', { name: /Tautan bukti/ }));
    await userEvent.type(within(form).getByRole('textbox', { name: /Tautan bukti/ }), 'https://contoh.go.id/laporan.pdf');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan' }));

    expect(await within(late).findByText('Tindak lanjut tersimpan.')).toBeInTheDocument();
    const posts = sentRequests(fetchMock).filter((request) => request.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(await posts[1].json()).toMatchObject({
      description: 'Seluruh koperasi didampingi.',
      evidenceUrl: 'https://contoh.go.id/laporan.pdf',
      status: 'DONE',
      statusReason: null,
    });
  });

  it('lets a verifier add a recommendation for the regency, due by default', async () => {
    saveToken('token', 3600);
    const fetchMock = serveEvaluation(ADMIN, DATA, {
      'POST /api/v1/findings/f-1/recommendations': () => json(recommendation('r-3'), 201),
    });
    renderApp('/findings/f-1');

    await userEvent.click(await screen.findByRole('button', { name: 'Tambah rekomendasi' }));
    const form = screen.getByRole('form', { name: 'Rekomendasi baru' });
    expect(within(form).getByRole('combobox', { name: /^Penanggung jawab/ })).toHaveValue('REGENCY');
    expect(within(form).getByRole('combobox', { name: /^Wilayah penanggung jawab/ })).toHaveValue('61.06');
    await userEvent.type(within(form).getByRole('textbox', { name: /^Rekomendasi/ }), 'Bimbingan teknis laporan keuangan.');
    await userEvent.click(within(form).getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Rekomendasi tersimpan.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST')!;
    expect(await post.json()).toEqual({
      text: 'Bimbingan teknis laporan keuangan.',
      responsibleLevel: 'REGENCY',
      responsibleRegionCode: '61.06',
      dueDate: null,
      status: 'NOT_ACTED',
      statusReason: null,
    });
  });
});
