import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import { counts } from '@/features/comments/test/fixtures';
import type { Realization } from '../api/types';
import { CATALOGUE, realization, target } from '../test/reporting-fixtures';
import { ReportingGrid } from './reporting-grid';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

function serveGrid(current: Realization[], extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/indicators': () => page(CATALOGUE),
    'GET /api/v1/realizations': (_request, url) => {
      const period = url.searchParams.get('period');
      if (period === '2026Q4') return page(current);
      if (period === '2025Q4') return page([realization('2.17.06.01', '2025Q4', 3, { status: 'VERIFIED' })]);
      return page([]);
    },
    'GET /api/v1/targets': () => page([target('2.17.06.01', 2026, 16, [{ period: '2026Q4', value: 4 }])]),
    'GET /api/v1/reporting-exceptions': () => page([]),
    ...extra,
  });
}

function renderGrid() {
  return renderWithProviders(
    <ReportingGrid
      regionCode="61.01"
      regionName="Kabupaten Sambas"
      year={2026}
      periodType="QUARTERLY"
      period="2026Q4"
      role="OPERATOR"
      today="2026-11-27"
    />,
  );
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('ReportingGrid', () => {
  it('shows the quarterly indicators with target, last year and status, and highlights a returned value with its reason', async () => {
    serveGrid([
      realization('2.17.06.01', '2026Q4', 4, {
        status: 'RETURNED',
        returnReason: 'Lampirkan daftar koperasi penerima',
      }),
      realization('2.17.06.02', '2026Q4', 900000, { status: 'SUBMITTED' }),
    ]);
    renderGrid();

    const table = await screen.findByRole('table');
    // Two quarterly indicators: not the annual, semiannual, monthly, retired or province-reported ones.
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    const returned = rowOf('Koperasi yang memperoleh akses permodalan');
    expect(returned).toHaveClass('row-returned');
    expect(within(returned).getByRole('note')).toHaveTextContent(
      'Dikembalikan verifikator: Lampirkan daftar koperasi penerima',
    );
    expect(within(returned).getByText('Dikembalikan')).toBeInTheDocument();
    expect(within(returned).getByText('16')).toBeInTheDocument();
    expect(within(returned).getByText('2026Q4: 4')).toBeInTheDocument();
    expect(within(returned).getByText('3')).toBeInTheDocument();
    expect(within(returned).getByLabelText('Nilai Koperasi yang memperoleh akses permodalan')).not.toHaveAttribute(
      'readonly',
    );

    const submitted = rowOf('Nilai pembiayaan yang diterima koperasi');
    expect(within(submitted).getByText('Diajukan')).toBeInTheDocument();
    expect(within(submitted).getByLabelText('Nilai Nilai pembiayaan yang diterima koperasi')).toHaveAttribute('readonly');
  });

  it('saves only the changed rows as drafts, then submits them all in one step', async () => {
    const fetchMock = serveGrid([realization('2.17.06.02', '2026Q4', 900000)], {
      'PUT /api/v1/realizations/2.17.06.01/61.01/2026Q4': () =>
        json(realization('2.17.06.01', '2026Q4', 7.5), 201),
      'POST /api/v1/realizations/submissions': () =>
        json({ regionCode: '61.01', period: '2026Q4', submitted: ['2.17.06.01', '2.17.06.02'] }),
    });
    renderGrid();

    const input = await screen.findByLabelText('Nilai Koperasi yang memperoleh akses permodalan');
    const submitAll = screen.getByRole('button', { name: 'Ajukan semua' });
    expect(screen.getByRole('button', { name: 'Simpan draf' })).toBeDisabled();

    await userEvent.type(input, '7,5');
    expect(screen.getByText(/1 baris belum disimpan/)).toBeInTheDocument();
    expect(rowOf('Koperasi yang memperoleh akses permodalan')).toHaveClass('row-dirty');
    expect(submitAll).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('1 nilai tersimpan sebagai draf.')).toBeInTheDocument();

    const puts = sentRequests(fetchMock).filter((request) => request.method === 'PUT');
    expect(puts).toHaveLength(1);
    expect(new URL(puts[0].url).pathname).toBe('/api/v1/realizations/2.17.06.01/61.01/2026Q4');
    expect(await puts[0].json()).toEqual({ value: 7.5, note: null, evidenceUrl: null });

    await userEvent.click(screen.getByRole('button', { name: 'Ajukan semua' }));
    expect(await screen.findByText('2 nilai diajukan untuk verifikasi.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST');
    expect(await post?.json()).toEqual({ regionCode: '61.01', period: '2026Q4' });
  });

  it('says why a locked period cannot change, in the server’s words, and makes the inputs read-only', async () => {
    serveGrid([], {
      'PUT /api/v1/realizations/2.17.06.01/61.01/2026Q4': () =>
        new Response(
          JSON.stringify({
            type: 'urn:monev:problem:period-locked',
            title: 'Period locked',
            status: 409,
            detail: 'The reporting deadline of 2026Q4 was 2027-01-15; an administrator can grant your region an exception',
          }),
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
    });
    renderGrid();

    await userEvent.type(await screen.findByLabelText('Nilai Koperasi yang memperoleh akses permodalan'), '5');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Periode ini sudah dikunci: The reporting deadline of 2026Q4 was 2027-01-15',
    );
    expect(screen.getByLabelText('Nilai Koperasi yang memperoleh akses permodalan')).toHaveAttribute('readonly');
    expect(screen.getByLabelText('Nilai Nilai pembiayaan yang diterima koperasi')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Simpan draf' })).not.toBeInTheDocument();
  });

  it('shows a period past its deadline as locked before anything is typed', async () => {
    serveGrid([realization('2.17.06.01', '2026Q4', 4, { status: 'VERIFIED', deadline: '2026-10-15' })]);
    renderGrid();

    expect(await screen.findByRole('alert')).toHaveTextContent('Batas waktu pelaporan Triwulan IV 2026 adalah 15 Oktober 2026');
    expect(screen.getByLabelText('Nilai Nilai pembiayaan yang diterima koperasi')).toHaveAttribute('readonly');
  });

  it('refuses a value that is not a number without sending it', async () => {
    const fetchMock = serveGrid([]);
    renderGrid();

    await userEvent.type(await screen.findByLabelText('Nilai Koperasi yang memperoleh akses permodalan'), 'dua');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));

    expect(await screen.findByText(/Bukan angka yang dapat dibaca.*misalnya 1\.234,5/)).toBeInTheDocument();
    expect(sentRequests(fetchMock).filter((request) => request.method === 'PUT')).toHaveLength(0);
  });

  it('reads 1.480 as one thousand four hundred and eighty, and names the stored version in If-Match', async () => {
    const stored = realization('2.17.06.01', '2026Q4', 17.8, { version: 3, updatedAt: '2026-11-20T02:00:00Z' });
    const fetchMock = serveGrid([stored], {
      'PUT /api/v1/realizations/2.17.06.01/61.01/2026Q4': () => json(realization('2.17.06.01', '2026Q4', 1480)),
    });
    renderGrid();

    const input = await screen.findByLabelText('Nilai Koperasi yang memperoleh akses permodalan');
    // Stored values come back in the same notation as everything else.
    expect(input).toHaveValue('17,8');
    expect(screen.getByText('1 dari 2 terisi')).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '1.480');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan draf' }));
    expect(await screen.findByText('1 nilai tersimpan sebagai draf.')).toBeInTheDocument();

    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT') as Request;
    expect(await put.clone().json()).toMatchObject({ value: 1480 });
    expect(put.headers.get('If-Match')).toBe(`"3-${Date.parse('2026-11-20T02:00:00Z').toString(36)}"`);
  });

  it("shows each value's comment count on its discussion button, and opens the discussion from the row", async () => {
    const fetchMock = serveGrid([realization('2.17.06.01', '2026Q4', 4)], {
      'GET /api/v1/comment-counts': () => json(counts({ '2.17.06.01/61.01/2026Q4': 3 })),
    });
    const toggle = vi.fn();
    renderWithProviders(
      <ReportingGrid
        regionCode="61.01"
        regionName="Kabupaten Sambas"
        year={2026}
        periodType="QUARTERLY"
        period="2026Q4"
        role="OPERATOR"
        today="2026-11-27"
        openThread="2.17.06.02"
        onToggleThread={toggle}
        threadId="value-thread"
      />,
    );

    const discussed = await screen.findByRole('button', {
      name: 'Diskusi Koperasi yang memperoleh akses permodalan, 3 komentar',
    });
    expect(rowOf('Koperasi yang memperoleh akses permodalan')).toContainElement(discussed);
    expect(discussed.querySelector('.comment-badge')).toHaveTextContent('3');
    expect(discussed).toHaveAttribute('aria-expanded', 'false');

    const quiet = within(rowOf('Nilai pembiayaan yang diterima koperasi')).getByRole('button', {
      name: 'Diskusi Nilai pembiayaan yang diterima koperasi',
    });
    expect(quiet.querySelector('.comment-badge')).toBeNull();
    expect(quiet).toHaveAttribute('aria-expanded', 'true');
    expect(quiet).toHaveAttribute('aria-controls', 'value-thread');

    const asked = sentRequests(fetchMock)
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/comment-counts');
    expect(asked).toHaveLength(1);
    expect(Object.fromEntries(asked[0].searchParams)).toEqual({ threadType: 'REALIZATION', region: '61.01', period: '2026Q4' });

    await userEvent.click(discussed);
    expect(toggle).toHaveBeenCalledWith('2.17.06.01');
  });

  it('offers no discussion where the page does not open one', async () => {
    const fetchMock = serveGrid([]);
    renderGrid();
    await screen.findByRole('table');
    expect(screen.queryByRole('button', { name: /^Diskusi/ })).not.toBeInTheDocument();
    expect(sentRequests(fetchMock).some((request) => request.url.includes('comment-counts'))).toBe(false);
  });
});
