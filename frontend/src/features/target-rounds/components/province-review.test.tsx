import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import type { CurrentUser } from '@/features/auth';
import { comment, counts } from '@/features/comments/test/fixtures';
import type { TargetProposal } from '../api/types';
import { INDICATORS, proposal, REGIONS, round } from '../test/fixtures';
import { ProvinceReview } from './province-review';

const CAPITAL = 'Koperasi yang memperoleh akses permodalan';
const MINISTRY = { username: 'ministry', displayName: 'Kementerian', role: 'MINISTRY', regionCode: null } as CurrentUser;
const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

const PROPOSALS = [
  proposal('2.17.06.01', '61.01', 3, { flags: ['BELOW_LAST_REALIZATION'], justification: 'Anggaran berkurang' }),
  proposal('2.17.06.01', '61.71', 15, { proposedBy: 'op-6171' }),
];

function serve(extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/target-rounds/2027/proposals': (_request, url) => {
      const flagged = url.searchParams.get('flagged') === 'true';
      const indicator = url.searchParams.get('indicator');
      return page(
        PROPOSALS.filter(
          (item: TargetProposal) =>
            (!flagged || item.flags.length > 0) && (!indicator || item.indicatorCode === indicator),
        ),
      );
    },
    ...extra,
  });
}

function renderReview() {
  return renderWithProviders(<ProvinceReview round={round({ status: 'UNDER_REVIEW' })} indicators={INDICATORS} regions={REGIONS} canReview />);
}

const table = () => screen.findByRole('table', { name: `Usulan ${CAPITAL} per wilayah` });
const regionRow = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('ProvinceReview', () => {
  it('shows the regions of one indicator with flags marked, and filters to the flagged ones', async () => {
    serve();
    renderReview();
    const proposals = await table();
    // The province, Sambas and Pontianak.
    expect(within(proposals).getAllByRole('row')).toHaveLength(4);
    const sambas = regionRow('Kabupaten Sambas');
    expect(sambas).toHaveClass('row-flagged');
    expect(within(sambas).getByText('Di bawah realisasi tahun lalu')).toBeInTheDocument();
    expect(within(sambas).getByText('Anggaran berkurang')).toBeInTheDocument();
    expect(regionRow('Kota Pontianak')).not.toHaveClass('row-flagged');
    expect(within(regionRow('Provinsi Kalimantan Barat')).getByText('Belum diusulkan')).toBeInTheDocument();
    expect(await screen.findByText('1 usulan bertanda')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByLabelText('Hanya yang bertanda'));
    const filtered = await table();
    await waitFor(() => expect(within(filtered).getAllByRole('row')).toHaveLength(2));
    expect(screen.queryByText('Kota Pontianak')).not.toBeInTheDocument();
  });

  it('accepts a proposal in one click', async () => {
    const fetchMock = serve({
      'POST /api/v1/target-rounds/2027/proposals/2.17.06.01/61.71/accept': () =>
        json(proposal('2.17.06.01', '61.71', 15, { status: 'ACCEPTED', agreedValue: 15 })),
    });
    renderReview();
    await table();
    await userEvent.setup().click(screen.getByRole('button', { name: `Terima ${CAPITAL} Kota Pontianak` }));
    expect(await screen.findByText('Usulan Kota Pontianak diterima.')).toBeInTheDocument();
    expect(sentRequests(fetchMock).some((request) => request.url.endsWith('/61.71/accept'))).toBe(true);
  });

  it('requires a reason before adjusting, then sends the value and the reason', async () => {
    const fetchMock = serve({
      'POST /api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/adjust': () =>
        json(proposal('2.17.06.01', '61.01', 3, { status: 'ADJUSTED', agreedValue: 12 })),
    });
    renderReview();
    await table();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Sesuaikan ${CAPITAL} Kabupaten Sambas` }));
    const dialog = screen.getByRole('dialog', { name: 'Sesuaikan usulan' });
    expect(within(dialog).getByText(`${CAPITAL} — Kabupaten Sambas: usulan 3`)).toBeInTheDocument();
    const value = within(dialog).getByLabelText('Nilai yang disepakati');
    expect(value).toHaveValue('3');
    await user.clear(value);
    await user.type(value, '12,5');
    await user.click(within(dialog).getByRole('button', { name: 'Sesuaikan' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Alasan wajib diisi.');
    expect(sentRequests(fetchMock).some((request) => request.method === 'POST')).toBe(false);

    await user.type(within(dialog).getByLabelText('Alasan'), 'Mengikuti pagu provinsi');
    await user.click(within(dialog).getByRole('button', { name: 'Sesuaikan' }));
    expect(await screen.findByText('Usulan Kabupaten Sambas disesuaikan.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST') as Request;
    expect(await post.json()).toEqual({ value: 12.5, reason: 'Mengikuti pagu provinsi' });
  });

  it('requires a reason before returning a proposal to its region', async () => {
    const fetchMock = serve({
      'POST /api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/return': () =>
        json(proposal('2.17.06.01', '61.01', 3, { status: 'RETURNED', reviewReason: 'Terlalu rendah' })),
    });
    renderReview();
    await table();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: `Kembalikan ${CAPITAL} Kabupaten Sambas` }));
    const dialog = screen.getByRole('dialog', { name: 'Kembalikan ke wilayah' });
    expect(within(dialog).queryByLabelText('Nilai yang disepakati')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Alasan wajib diisi.');
    await user.type(within(dialog).getByLabelText('Alasan'), 'Terlalu rendah');
    await user.click(within(dialog).getByRole('button', { name: 'Kembalikan' }));
    expect(await screen.findByText('Usulan Kabupaten Sambas dikembalikan ke wilayahnya.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST') as Request;
    expect(await post.json()).toEqual({ reason: 'Terlalu rendah' });
  });

  it("lets the reviewer enter the province's own value", async () => {
    const fetchMock = serve({
      'PUT /api/v1/target-rounds/2027/proposals/2.17.06.01/61': () =>
        json(proposal('2.17.06.01', '61', 20, { proposedBy: 'verifier' })),
    });
    renderReview();
    await table();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(`Nilai provinsi ${CAPITAL}`), '20');
    await user.click(screen.getByRole('button', { name: 'Simpan nilai provinsi' }));
    await waitFor(() => expect(sentRequests(fetchMock).some((request) => request.method === 'PUT')).toBe(true));
    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT') as Request;
    expect(await put.json()).toEqual({ value: 20, justification: null });
  });

  it('offers no actions once the round is approved', async () => {
    serve();
    renderWithProviders(<ProvinceReview round={round({ status: 'APPROVED' })} indicators={INDICATORS} regions={REGIONS} canReview />);
    await table();
    expect(screen.queryByRole('button', { name: /Terima/ })).not.toBeInTheDocument();
  });

  it("lets the ministry read the proposals and each one's discussion, with no actions and no box to write in", async () => {
    const fetchMock = serve({
      'GET /api/v1/auth/me': () => json(MINISTRY),
      'GET /api/v1/comment-counts': (_request, url) =>
        json(url.searchParams.get('region') === '61.01' ? counts({ '2027/2.17.06.01/61.01': 1 }) : []),
      'GET /api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/comments': () =>
        json([comment('c1', 'verifier', 'Terlalu rendah dibanding 2026.', '2026-11-20T02:00:00Z')]),
    });
    renderWithProviders(
      <ProvinceReview round={round({ status: 'UNDER_REVIEW' })} indicators={INDICATORS} regions={REGIONS} canReview={false} />,
    );
    await table();
    expect(screen.queryByRole('button', { name: /^Terima/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Simpan nilai provinsi' })).not.toBeInTheDocument();

    const sambas = await screen.findByRole('button', { name: `Diskusi usulan ${CAPITAL}, Kabupaten Sambas, 1 komentar` });
    expect(regionRow('Kabupaten Sambas')).toContainElement(sambas);
    const pontianak = within(regionRow('Kota Pontianak')).getByRole('button', {
      name: `Diskusi usulan ${CAPITAL}, Kota Pontianak`,
    });
    expect(pontianak.querySelector('.comment-badge')).toBeNull();
    // The province has not proposed: nothing to discuss yet, and nothing to count.
    expect(within(regionRow('Provinsi Kalimantan Barat')).queryByRole('button')).not.toBeInTheDocument();
    const regionsCounted = sentRequests(fetchMock)
      .filter((request) => request.url.includes('/comment-counts'))
      .map((request) => new URL(request.url).searchParams.get('region'));
    expect(regionsCounted.sort()).toEqual(['61.01', '61.71']);

    await userEvent.setup().click(sambas);
    const discussion = await screen.findByRole('region', { name: `Diskusi usulan ${CAPITAL} — Kabupaten Sambas` });
    expect(await within(discussion).findByText('Terlalu rendah dibanding 2026.')).toBeInTheDocument();
    expect(within(discussion).queryByLabelText('Tulis komentar')).not.toBeInTheDocument();
  });

  it('opens on the indicator and the discussion a link names', async () => {
    serve({ 'GET /api/v1/target-rounds/2027/proposals/2.17.06.01/61.71/comments': () => json([]) });
    renderWithProviders(
      <ProvinceReview
        round={round({ status: 'UNDER_REVIEW' })}
        indicators={[...INDICATORS].reverse()}
        regions={REGIONS}
        canReview
        initialThread={{ year: 2027, indicatorCode: '2.17.06.01', regionCode: '61.71' }}
      />,
    );
    expect(screen.getByLabelText('Indikator')).toHaveValue('2.17.06.01');
    expect(await screen.findByRole('region', { name: `Diskusi usulan ${CAPITAL} — Kota Pontianak` })).toBeInTheDocument();
  });
});
