import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { CurrentUser } from '@/features/auth';
import { comment, counts } from '@/features/comments/test/fixtures';
import type { Comment } from '@/features/comments/api/comments';
import { CATALOGUE } from '../test/reporting-fixtures';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });

const VERIFIER: CurrentUser = { username: 'verifier', displayName: 'Verifikator Provinsi', role: 'VERIFIER', regionCode: null };

function serve(user: CurrentUser, extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => page(REGIONS),
    'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    'GET /api/v1/indicators': () => page(CATALOGUE),
    'GET /api/v1/realizations': () => page([]),
    'GET /api/v1/targets': () => page([]),
    'GET /api/v1/reporting-exceptions': () => page([]),
    ...extra,
  });
}

const THREAD = '/api/v1/realizations/2.17.06.01/61.01/2026Q4/comments';

/** One value's thread on the fake server, its count following what is added and deleted. */
function serveThread(first: Comment) {
  let stored = [first];
  const live = () => stored.filter((item) => !item.deleted);
  return {
    'GET /api/v1/comment-counts': () => json(live().length ? counts({ '2.17.06.01/61.01/2026Q4': live().length }) : []),
    [`GET ${THREAD}`]: () => json(stored),
    [`POST ${THREAD}`]: async (request: Request) => {
      const { body } = (await request.clone().json()) as { body: string };
      const created = comment('mine', 'op-6101', body, new Date().toISOString());
      stored = [...stored, created];
      return json(created, 201);
    },
    'DELETE /api/v1/comments/mine': () => {
      stored = stored.map((item) => (item.id === 'mine' ? { ...item, body: null, deleted: true } : item));
      return new Response(null, { status: 204 });
    },
  };
}

describe('ReportingRoute', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T08:00:00'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens the operator’s own region on the running quarter, with the entries of its role', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR);
    renderApp('/reporting');

    expect(await screen.findByRole('table', { name: 'Realisasi Triwulan IV 2026 — Kabupaten Sambas' })).toBeInTheDocument();
    expect(screen.getByLabelText('Periode')).toHaveValue('2026Q4');
    // Only the quarters that have started can be chosen.
    expect(within(screen.getByLabelText('Periode')).getAllByRole('option')).toHaveLength(4);
    expect(screen.queryByLabelText('Wilayah')).not.toBeInTheDocument();

    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Pelaporan' })).toHaveAttribute('href', '/reporting');
    expect(within(navigation).getByRole('link', { name: 'Capaian' })).toBeInTheDocument();
    expect(within(navigation).queryByRole('link', { name: 'Verifikasi' })).not.toBeInTheDocument();

    const asked = sentRequests(fetchMock).map((request) => new URL(request.url));
    expect(asked.find((url) => url.pathname === '/api/v1/realizations' && url.searchParams.get('period') === '2026Q4')?.searchParams.get('region')).toBe('61.01');
    expect(asked.some((url) => url.searchParams.get('period') === '2025Q4')).toBe(true);
  });

  it('lets the administrator choose the region, the province included', async () => {
    serve(ADMIN);
    renderApp('/reporting?region=61&type=ANNUAL');

    expect(await screen.findByRole('table', { name: 'Realisasi Tahun 2026 — Provinsi Kalimantan Barat' })).toBeInTheDocument();
    expect(screen.getByLabelText('Wilayah')).toHaveValue('61');
    expect(screen.getByText('Produk UMKM unggulan yang dikurasi untuk ekspor')).toBeInTheDocument();
    expect(screen.queryByText('Koperasi yang memanfaatkan teknologi digital')).not.toBeInTheDocument();
    const navigation = screen.getByRole('navigation');
    expect(within(navigation).getByRole('link', { name: 'Verifikasi' })).toBeInTheDocument();
  });

  it('tells a verifier that data entry is not theirs', async () => {
    serve(VERIFIER);
    renderApp('/reporting');
    expect(await screen.findByText('Halaman ini untuk operator kabupaten/kota dan Administrator Provinsi.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation')).queryByRole('link', { name: 'Pelaporan' })).not.toBeInTheDocument();
  });

  it("opens a value's discussion from its row, and its badge follows the comments added and deleted", async () => {
    serve(SAMBAS_OPERATOR, serveThread(comment('c1', 'verifier', 'Mengapa turun?', '2026-11-26T02:00:00Z')));
    const { router } = renderApp('/reporting');
    const user = userEvent.setup();
    const capital = 'Diskusi Koperasi yang memperoleh akses permodalan';

    await user.click(await screen.findByRole('button', { name: `${capital}, 1 komentar` }));
    const thread = await screen.findByRole('region', { name: 'Diskusi nilai 2.17.06.01' });
    expect(router.state.location.search).toContain('indicator=2.17.06.01');
    expect(await within(thread).findByText('Mengapa turun?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `${capital}, 1 komentar` })).toHaveAttribute('aria-expanded', 'true');

    await user.type(within(thread).getByLabelText('Tulis komentar'), 'Dua koperasi dibubarkan.');
    await user.click(within(thread).getByRole('button', { name: 'Kirim komentar' }));
    const twice = await screen.findByRole('button', { name: `${capital}, 2 komentar` });
    expect(twice.querySelector('.comment-badge')).toHaveTextContent('2');

    await user.click(await within(thread).findByRole('button', { name: 'Hapus' }));
    expect(await screen.findByRole('button', { name: `${capital}, 1 komentar` })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: `${capital}, 1 komentar` }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Diskusi nilai 2.17.06.01' })).not.toBeInTheDocument());
    expect(router.state.location.search).not.toContain('indicator=');
  });
});
