import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/features/auth';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, REGIONS } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { TargetRound } from '../api/types';
import { comment } from '@/features/comments/test/fixtures';
import { INDICATORS, proposal, round } from '../test/fixtures';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });
const MINISTRY: CurrentUser = { username: 'ministry', displayName: 'Kementerian', role: 'MINISTRY', regionCode: null } as CurrentUser;

function serve(user: CurrentUser, initial: TargetRound, extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  let current = initial;
  const fetchMock = fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => page(REGIONS),
    'GET /api/v1/indicators': () => page(INDICATORS),
    'GET /api/v1/target-rounds': () => page([current]),
    'GET /api/v1/target-rounds/2027': () => json(current),
    'GET /api/v1/target-rounds/2027/proposals': () => page([]),
    'POST /api/v1/target-rounds/2027/review': () => {
      current = { ...current, status: 'UNDER_REVIEW' };
      return json(current);
    },
    'POST /api/v1/target-rounds/2027/approve': () => {
      current = { ...current, status: 'APPROVED', approvedBy: 'admin', approvedAt: '2026-11-27T08:00:00Z' };
      return json(current);
    },
    'POST /api/v1/target-rounds': () => json(round({ year: 2028, deadline: '2027-12-15' }), 201),
    ...extra,
  });
  return fetchMock;
}

describe('Target setting pages', () => {
  it('lets the administrator start the review and approve, each after a confirmation, then shows the approval', async () => {
    const fetchMock = serve(ADMIN, round({ comparison: [{ indicatorCode: '2.17.06.01', rule: 'SUM', provinceValue: 20, regionsValue: 20, regionsProposed: 14 }] }));
    renderApp('/target-rounds/2027');
    const user = userEvent.setup();

    expect(await screen.findByRole('table', { name: 'Perbandingan nilai provinsi dan gabungan kabupaten/kota' })).toHaveTextContent(
      'Sesuai',
    );
    await user.click(await screen.findByRole('button', { name: 'Mulai reviu' }));
    const confirm = screen.getByRole('dialog', { name: 'Mulai reviu?' });
    await user.click(within(confirm).getByRole('button', { name: 'Batal' }));
    expect(sentRequests(fetchMock).some((request) => request.method === 'POST')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Mulai reviu' }));
    await user.click(within(screen.getByRole('dialog', { name: 'Mulai reviu?' })).getByRole('button', { name: 'Ya, lanjutkan' }));
    expect(await screen.findByText(/Reviu dimulai/)).toBeInTheDocument();

    await user.click(await screen.findByRole('button', { name: 'Setujui' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Setujui target 2027?' })).getByRole('button', { name: 'Ya, lanjutkan' }),
    );
    expect(await screen.findByText('Target 2027 telah disetujui.')).toBeInTheDocument();
    expect(await screen.findByText(/Putaran ini telah disetujui/)).toHaveTextContent('Disetujui oleh admin');
    expect(screen.queryByRole('button', { name: 'Setujui' })).not.toBeInTheDocument();
  });

  it('shows the rounds to everyone and the opening form to the administrator only', async () => {
    const fetchMock = serve(ADMIN, round({ proposalCount: 4 }));
    renderApp('/target-rounds');
    const user = userEvent.setup();
    const link = await screen.findByRole('link', { name: 'Penetapan Target 2027' });
    expect(link.closest('tr')).toHaveTextContent('Terbuka');
    await user.clear(screen.getByLabelText('Tahun target'));
    await user.type(screen.getByLabelText('Tahun target'), '2028');
    await user.type(screen.getByLabelText('Batas usulan'), '2027-12-15');
    await user.click(screen.getByRole('button', { name: 'Buka putaran' }));
    expect(await screen.findByText('Putaran penetapan target 2028 telah dibuka.')).toBeInTheDocument();
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST') as Request;
    expect(await post.json()).toEqual({ year: 2028, deadline: '2027-12-15' });
  });

  it('gives other roles the list without the opening form', async () => {
    serve(MINISTRY, round());
    renderApp('/target-rounds');
    expect(await screen.findByRole('link', { name: 'Penetapan Target 2027' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Buka putaran' })).not.toBeInTheDocument();
    expect(screen.getByRole('navigation').textContent).toContain('Penetapan Target');
  });

  it("opens the proposal discussion a notification links to, read-only for the ministry", async () => {
    serve(MINISTRY, round({ status: 'UNDER_REVIEW' }), {
      'GET /api/v1/target-rounds/2027/proposals': () => page([proposal('2.17.06.01', '61.01', 3)]),
      'GET /api/v1/comment-counts': () => json([]),
      'GET /api/v1/target-rounds/2027/proposals/2.17.06.01/61.01/comments': () =>
        json([comment('c1', 'verifier', 'Mohon dasar perhitungannya.', '2026-11-20T02:00:00Z')]),
    });
    renderApp('/target-rounds/2027?indicator=2.17.06.01&region=61.01');

    const discussion = await screen.findByRole('region', {
      name: 'Diskusi usulan Koperasi yang memperoleh akses permodalan — Kabupaten Sambas',
    });
    expect(await within(discussion).findByText('Mohon dasar perhitungannya.')).toBeInTheDocument();
    expect(within(discussion).queryByLabelText('Tulis komentar')).not.toBeInTheDocument();
    expect(screen.getByText(/Usulan tiap wilayah per indikator/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Terima/ })).not.toBeInTheDocument();
  });
});
