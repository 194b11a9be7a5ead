import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import { counts } from '@/features/comments/test/fixtures';
import { realization, target } from '../test/reporting-fixtures';
import { etagOf } from '../api/write-realizations';
import { groupQueue } from './queue-rows';
import { VerificationQueue } from './verification-queue';

const SUBMITTED = [
  realization('2.17.06.01', '2026Q4', 6, {
    status: 'SUBMITTED',
    submittedBy: 'op-6101',
    evidenceUrl: 'https://drive.example.org/akses-permodalan.pdf',
  }),
  realization('2.17.06.02', '2026Q4', 1250000, { status: 'SUBMITTED', submittedBy: 'op-6101' }),
  realization('2.17.06.01', '2026Q4', 9, { regionCode: '61.71', status: 'SUBMITTED', submittedBy: 'op-6171' }),
];

const groups = groupQueue(
  SUBMITTED,
  [target('2.17.06.01', 2026, 16, [{ period: '2026Q4', value: 4 }]), target('2.17.06.02', 2026, 5000000)],
  [realization('2.17.06.01', '2026Q3', 5, { status: 'VERIFIED' })],
);
const indicators = new Map([
  ['2.17.06.01', { name: 'Koperasi yang memperoleh akses permodalan', unit: 'koperasi' }],
  ['2.17.06.02', { name: 'Nilai pembiayaan yang diterima koperasi', unit: 'Rp' }],
]);
const regionNames = new Map([
  ['61.01', 'Kabupaten Sambas'],
  ['61.71', 'Kota Pontianak'],
]);

function renderQueue() {
  return renderWithProviders(<VerificationQueue groups={groups} indicators={indicators} regionNames={regionNames} />);
}

const RETURN_SAMBAS = 'Kembalikan Koperasi yang memperoleh akses permodalan Kabupaten Sambas Triwulan IV 2026';

describe('VerificationQueue', () => {
  it('groups submitted values by region with target, previous value and evidence', () => {
    renderQueue();
    const sambas = screen.getByRole('region', { name: /Kabupaten Sambas/ });
    const pontianak = screen.getByRole('region', { name: /Kota Pontianak/ });
    expect(within(sambas).getAllByRole('row')).toHaveLength(3);
    expect(within(pontianak).getAllByRole('row')).toHaveLength(2);

    const row = within(sambas).getByText('Koperasi yang memperoleh akses permodalan').closest('tr') as HTMLElement;
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells.slice(1, 5)).toEqual(['Triwulan IV 2026', '6 koperasi', '4', '5Triwulan III 2026']);
    expect(within(row).getByRole('link', { name: 'Lihat bukti' })).toHaveAttribute(
      'href',
      'https://drive.example.org/akses-permodalan.pdf',
    );
    const annual = within(sambas).getByText('Nilai pembiayaan yang diterima koperasi').closest('tr') as HTMLElement;
    expect(annual).toHaveTextContent('5.000.000 (tahunan)');
    expect(annual).toHaveTextContent('tanpa bukti');
  });

  it('returns a value only with a reason', async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'POST /api/v1/realizations/2.17.06.01/61.01/2026Q4/return': () =>
        json({ ...SUBMITTED[0], status: 'RETURNED', returnReason: 'Lampirkan SK penerima' }),
    });
    renderQueue();

    await userEvent.click(screen.getByRole('button', { name: RETURN_SAMBAS }));
    const dialog = screen.getByRole('dialog', { name: 'Kembalikan ke wilayah' });
    expect(dialog).toHaveTextContent('Koperasi yang memperoleh akses permodalan — Kabupaten Sambas, Triwulan IV 2026: 6');

    // Blank, then only spaces: refused on the spot, nothing sent.
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Alasan wajib diisi.');
    const reason = within(dialog).getByLabelText(/Alasan pengembalian/);
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(reason, '   ');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.clear(reason);
    await userEvent.type(reason, 'Lampirkan SK penerima');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));

    expect(
      await screen.findByText('Koperasi yang memperoleh akses permodalan (Kabupaten Sambas, Triwulan IV 2026) dikembalikan ke wilayahnya.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const [request] = sentRequests(fetchMock);
    expect(request.method).toBe('POST');
    expect(await request.json()).toEqual({ reason: 'Lampirkan SK penerima' });
  });

  it('closes the dialog without sending anything when cancelled', async () => {
    const fetchMock = fakeApi({});
    renderQueue();
    await userEvent.click(screen.getByRole('button', { name: RETURN_SAMBAS }));
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('verifies a value in one click', async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'POST /api/v1/realizations/2.17.06.01/61.71/2026Q4/verify': () => json({ ...SUBMITTED[2], status: 'VERIFIED' }),
    });
    renderQueue();
    await userEvent.click(
      screen.getByRole('button', { name: 'Verifikasi Koperasi yang memperoleh akses permodalan Kota Pontianak Triwulan IV 2026' }),
    );
    expect(
      await screen.findByText('Koperasi yang memperoleh akses permodalan (Kota Pontianak, Triwulan IV 2026) telah diverifikasi.'),
    ).toBeInTheDocument();
    expect(sentRequests(fetchMock)).toHaveLength(1);
    // The value as seen: its ETag goes with the verification, so a changed value is refused.
    expect(sentRequests(fetchMock)[0].headers.get('If-Match')).toBe(etagOf(SUBMITTED[2]));
  });

  it('shows the comment count of each value, asking once per region and period, and opens its discussion', async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'GET /api/v1/comment-counts': (_request, url) =>
        json(
          url.searchParams.get('region') === '61.71'
            ? counts({ '2.17.06.01/61.71/2026Q4': 12 })
            : counts({ '2.17.06.02/61.01/2026Q4': 1 }),
        ),
    });
    const toggle = vi.fn();
    renderWithProviders(
      <VerificationQueue groups={groups} indicators={indicators} regionNames={regionNames} onToggleThread={toggle} />,
    );

    const pontianak = await screen.findByRole('button', {
      name: 'Diskusi Koperasi yang memperoleh akses permodalan, Kota Pontianak, Triwulan IV 2026, 12 komentar',
    });
    expect(pontianak.querySelector('.comment-badge')).toHaveTextContent('12');
    const sambas = screen.getByRole('region', { name: /Kabupaten Sambas/ });
    expect(
      await within(sambas).findByRole('button', {
        name: 'Diskusi Nilai pembiayaan yang diterima koperasi, Kabupaten Sambas, Triwulan IV 2026, 1 komentar',
      }),
    ).toBeInTheDocument();
    expect(
      within(sambas).getByRole('button', {
        name: 'Diskusi Koperasi yang memperoleh akses permodalan, Kabupaten Sambas, Triwulan IV 2026',
      }).querySelector('.comment-badge'),
    ).toBeNull();

    const asked = sentRequests(fetchMock).map((request) => new URL(request.url).searchParams.toString());
    expect(asked.sort()).toEqual([
      'threadType=REALIZATION&region=61.01&period=2026Q4',
      'threadType=REALIZATION&region=61.71&period=2026Q4',
    ]);

    await userEvent.click(pontianak);
    expect(toggle).toHaveBeenCalledWith({ indicatorCode: '2.17.06.01', regionCode: '61.71', period: '2026Q4' });
  });
});
