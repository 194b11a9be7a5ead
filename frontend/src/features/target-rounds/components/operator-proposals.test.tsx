import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, problem, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import { SAMBAS_OPERATOR } from '@/test/fixtures';
import { comment, counts } from '@/features/comments/test/fixtures';
import type { Comment } from '@/features/comments/api/comments';
import type { TargetProposal, TargetRound } from '../api/types';
import { INDICATORS, proposal, round } from '../test/fixtures';
import { OperatorProposals } from './operator-proposals';

const CAPITAL = 'Koperasi yang memperoleh akses permodalan';
const KUR = 'UMKM yang difasilitasi memperoleh KUR';
const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

function serve(proposals: TargetProposal[], extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/indicators': () => page(INDICATORS),
    'GET /api/v1/target-rounds/2027/proposals': () => page(proposals),
    'GET /api/v1/findings': () =>
      page([
        { id: 1, indicatorCode: '2.17.06.01' },
        { id: 2, indicatorCode: '2.17.06.01' },
      ]),
    'GET /api/v1/achievements': (_request, url) => {
      const year = Number(url.searchParams.get('year'));
      // One page: the fields the proposals read, and what tells the reader there is no other page.
      return json({
        year,
        indicators: [],
        rollup: [],
        page: 0,
        size: 500,
        total: 0,
        items:
          year === 2026
            ? [{ indicatorCode: '2.17.06.01', regionCode: '61.01', target: 16, realization: 15, achievement: 93.75 }]
            : year === 2025
              ? [{ indicatorCode: '2.17.06.01', regionCode: '61.01', target: 12, realization: 13, achievement: 108.33 }]
              : [],
      });
    },
    ...extra,
  });
}

function renderRows(data: TargetRound = round(), today = '2026-11-27') {
  return renderWithProviders(
    <OperatorProposals round={data} regionCode="61.01" regionName="Kabupaten Sambas" today={today} />,
  );
}

const rowOf = (name: string) => screen.getByText(name).closest('tr') as HTMLElement;

describe('OperatorProposals', () => {
  it("lists the region's indicators with past years, open findings, the suggestion with its basis, and flags", async () => {
    serve([
      proposal('2.17.06.01', '61.01', 3, { flags: ['FAR_FROM_SUGGESTION', 'BELOW_LAST_REALIZATION'] }),
    ]);
    renderRows();

    const table = await screen.findByRole('table', { name: 'Usulan target 2027 — Kabupaten Sambas' });
    // Two indicators: the province-reported one is not the region's.
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.queryByText('Produk UMKM unggulan yang dikurasi untuk ekspor')).not.toBeInTheDocument();

    const capital = rowOf(CAPITAL);
    expect(await within(capital).findByText('2026: realisasi 15, capaian 93,8%')).toBeInTheDocument();
    expect(within(capital).getByText('2025: realisasi 13, capaian 108,3%')).toBeInTheDocument();
    expect(within(capital).getByText('2')).toBeInTheDocument();
    expect(within(capital).getByText('14,5')).toBeInTheDocument();
    expect(within(capital).getByText('Dasar saran')).toBeInTheDocument();
    expect(within(capital).getByText('Average growth 2024–2026 of 8%. Suggested 14.5.')).toBeInTheDocument();
    const flags = within(capital).getByRole('list', { name: 'Tanda' });
    expect(within(flags).getByText('Jauh dari saran')).toBeInTheDocument();
    expect(within(flags).getByText('Di bawah realisasi tahun lalu')).toBeInTheDocument();
    expect(within(capital).getByText('Diusulkan')).toBeInTheDocument();
    expect(within(capital).getByLabelText(`Usulan ${CAPITAL}`)).toHaveValue('3');

    const kur = rowOf(KUR);
    expect(within(kur).getByText('Belum diusulkan')).toBeInTheDocument();
    expect(within(kur).getByText('Belum ada data')).toBeInTheDocument();
    expect(within(kur).queryByRole('list', { name: 'Tanda' })).not.toBeInTheDocument();
  });

  it('saves one row and shows the flags the server computed', async () => {
    const saved = proposal('2.17.07.01', '61.01', 2.5, { flags: ['FAR_FROM_SUGGESTION'] });
    let stored: TargetProposal[] = [];
    const fetchMock = serve([], {
      'GET /api/v1/target-rounds/2027/proposals': () => page(stored),
      'PUT /api/v1/target-rounds/2027/proposals/2.17.07.01/61.01': () => {
        stored = [saved];
        return json(saved);
      },
    });
    renderRows();
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText(`Usulan ${KUR}`), '2,5');
    await user.type(screen.getByLabelText(`Alasan ${KUR}`), 'Pagu bank berkurang');
    await user.click(screen.getByRole('button', { name: `Simpan usulan ${KUR}` }));

    expect(await screen.findByText(`Usulan ${KUR} tersimpan.`)).toBeInTheDocument();
    const put = sentRequests(fetchMock).find((request) => request.method === 'PUT') as Request;
    expect(await put.json()).toEqual({ value: 2.5, justification: 'Pagu bank berkurang' });
    const kur = rowOf(KUR);
    expect(await within(kur).findByText('Jauh dari saran')).toBeInTheDocument();
    expect(within(kur).getByText('Diusulkan')).toBeInTheDocument();
  });

  it("shows the server's refusal on the row", async () => {
    serve([], {
      'PUT /api/v1/target-rounds/2027/proposals/2.17.07.01/61.01': () =>
        problem(409, 'Conflict', 'The deadline for proposals was 2026-12-31'),
    });
    renderRows();
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(`Usulan ${KUR}`), '40');
    await user.click(screen.getByRole('button', { name: `Simpan usulan ${KUR}` }));
    expect(await within(rowOf(KUR)).findByRole('alert')).toHaveTextContent('The deadline for proposals was 2026-12-31');
  });

  it('highlights a returned proposal with the reason and keeps it editable during the review', async () => {
    serve([
      proposal('2.17.06.01', '61.01', 3, { status: 'RETURNED', reviewReason: 'Terlalu rendah dibanding 2026' }),
      proposal('2.17.07.01', '61.01', 6000, { status: 'ACCEPTED', agreedValue: 6000 }),
    ]);
    renderRows(round({ status: 'UNDER_REVIEW' }));

    const capital = await screen.findByText(CAPITAL).then((cell) => cell.closest('tr') as HTMLElement);
    expect(capital).toHaveClass('row-returned');
    expect(within(capital).getByRole('note')).toHaveTextContent('Dikembalikan provinsi: Terlalu rendah dibanding 2026');
    expect(within(capital).getByText('Dikembalikan')).toBeInTheDocument();
    expect(within(capital).getByLabelText(`Usulan ${CAPITAL}`)).not.toHaveAttribute('readonly');

    const kur = rowOf(KUR);
    expect(kur).not.toHaveClass('row-returned');
    expect(within(kur).getByText('Disepakati: 6.000')).toBeInTheDocument();
    expect(within(kur).getByLabelText(`Usulan ${KUR}`)).toHaveAttribute('readonly');
    expect(within(kur).queryByRole('button', { name: /Simpan usulan/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Provinsi sedang meninjau usulan/)).toBeInTheDocument();
  });

  it('is read-only after the deadline', async () => {
    serve([]);
    renderRows(round(), '2027-01-02');
    expect(await screen.findByRole('alert')).toHaveTextContent('Batas usulan (31 Desember 2026) telah lewat.');
    expect(screen.getByLabelText(`Usulan ${KUR}`)).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: /Simpan usulan/ })).not.toBeInTheDocument();
  });

  it("opens a proposal's discussion from its row, with its comment count, and the count follows a comment added", async () => {
    const thread = '/api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/comments';
    let stored: Comment[] = [
      comment('c1', 'verifier', 'Bisakah dinaikkan?', '2026-11-20T02:00:00Z', { threadType: 'PROPOSAL', threadKey: '2027/2.17.06.01/61.01' }),
      comment('c2', 'op-6101', 'Anggaran terbatas.', '2026-11-21T02:00:00Z', { threadType: 'PROPOSAL', threadKey: '2027/2.17.06.01/61.01' }),
    ];
    const fetchMock = serve([proposal('2.17.06.01', '61.01', 3)], {
      'GET /api/v1/auth/me': () => json(SAMBAS_OPERATOR),
      'GET /api/v1/comment-counts': () => json(counts({ '2027/2.17.06.01/61.01': stored.length })),
      [`GET ${thread}`]: () => json(stored),
      [`POST ${thread}`]: async (request) => {
        const { body } = (await request.clone().json()) as { body: string };
        const created = comment(`c${stored.length + 1}`, 'op-6101', body, new Date().toISOString());
        stored = [...stored, created];
        return json(created, 201);
      },
    });
    renderRows();
    const user = userEvent.setup();

    const open = await screen.findByRole('button', { name: `Diskusi usulan ${CAPITAL}, Kabupaten Sambas, 2 komentar` });
    expect(rowOf(CAPITAL)).toContainElement(open);
    expect(open.querySelector('.comment-badge')).toHaveTextContent('2');
    // A discussion belongs to a proposal: none before the region proposes.
    expect(within(rowOf(KUR)).queryByRole('button', { name: /^Diskusi/ })).not.toBeInTheDocument();
    const asked = sentRequests(fetchMock).find((request) => request.url.includes('/comment-counts')) as Request;
    expect(Object.fromEntries(new URL(asked.url).searchParams)).toEqual({ threadType: 'PROPOSAL', region: '61.01', year: '2027' });

    await user.click(open);
    const discussion = await screen.findByRole('region', { name: `Diskusi usulan ${CAPITAL} — Kabupaten Sambas` });
    expect(await within(discussion).findByText('Bisakah dinaikkan?')).toBeInTheDocument();
    expect(open).toHaveAttribute('aria-expanded', 'true');
    await user.type(within(discussion).getByLabelText('Tulis komentar'), 'Kami naikkan ke 4.');
    await user.click(within(discussion).getByRole('button', { name: 'Kirim komentar' }));

    expect(await screen.findByRole('button', { name: `Diskusi usulan ${CAPITAL}, Kabupaten Sambas, 3 komentar` })).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST') as Request;
    expect(new URL(post.url).pathname).toBe(thread);
    expect(await post.json()).toEqual({ body: 'Kami naikkan ke 4.' });

    await user.click(screen.getByRole('button', { name: /^Diskusi usulan .*3 komentar$/ }));
    expect(screen.queryByRole('region', { name: /^Diskusi usulan/ })).not.toBeInTheDocument();
  });

  it('opens the discussion a link names', async () => {
    serve([proposal('2.17.06.01', '61.01', 3)], {
      'GET /api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/comments': () => json([]),
    });
    renderWithProviders(
      <OperatorProposals
        round={round()}
        regionCode="61.01"
        regionName="Kabupaten Sambas"
        today="2026-11-27"
        initialThread={{ year: 2027, indicatorCode: '2.17.06.01', regionCode: '61.01' }}
      />,
    );
    const discussion = await screen.findByRole('region', { name: `Diskusi usulan ${CAPITAL} — Kabupaten Sambas` });
    expect(await within(discussion).findByText('Belum ada komentar.')).toBeInTheDocument();
  });
});
