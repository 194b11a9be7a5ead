import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/features/auth';
import { comment, counts } from '@/features/comments/test/fixtures';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json } from '@/test/fake-api';
import { REGIONS } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { CATALOGUE, realization } from '../test/reporting-fixtures';

const page = <T,>(items: T[]) => json({ items, page: 0, size: 500, total: items.length });
const VERIFIER: CurrentUser = { username: 'verifier', displayName: 'Verifikator Provinsi', role: 'VERIFIER', regionCode: null };

const SUBMITTED = [
  realization('2.17.06.01', '2026Q4', 6, { status: 'SUBMITTED', submittedBy: 'op-6101' }),
  realization('2.17.06.01', '2026Q4', 9, { regionCode: '61.71', status: 'SUBMITTED', submittedBy: 'op-6171' }),
];

describe('VerificationRoute', () => {
  it("opens a value's discussion from the queue, filtered to its region and period as links to it are", async () => {
    saveToken('token', 3600);
    fakeApi({
      'GET /api/v1/auth/me': () => json(VERIFIER),
      'GET /api/v1/regions': () => page(REGIONS),
      'GET /api/v1/indicators': () => page(CATALOGUE),
      'GET /api/v1/realizations': (_request, url) => {
        if (url.searchParams.get('status') !== 'SUBMITTED') return page([]);
        const region = url.searchParams.get('region');
        return page(SUBMITTED.filter((value) => !region || value.regionCode === region));
      },
      'GET /api/v1/targets': () => page([]),
      'GET /api/v1/comment-counts': (_request, url) =>
        json(url.searchParams.get('region') === '61.01' ? counts({ '2.17.06.01/61.01/2026Q4': 2 }) : []),
      'GET /api/v1/realizations/2.17.06.01/61.01/2026Q4/comments': () =>
        json([comment('c1', 'verifier', 'Lampiran belum ada.', '2026-11-26T02:00:00Z')]),
    });
    const { router } = renderApp('/verification');
    const user = userEvent.setup();

    const open = await screen.findByRole('button', {
      name: 'Diskusi Koperasi yang memperoleh akses permodalan, Kabupaten Sambas, Triwulan IV 2026, 2 komentar',
    });
    expect(screen.getByRole('button', { name: /Kota Pontianak, Triwulan IV 2026$/ })).toBeInTheDocument();
    await user.click(open);

    const thread = await screen.findByRole('region', { name: 'Diskusi nilai 2.17.06.01' });
    expect(await within(thread).findByText('Lampiran belum ada.')).toBeInTheDocument();
    expect(within(thread).getByLabelText('Tulis komentar')).toBeInTheDocument();
    const params = new URLSearchParams(router.state.location.search);
    expect(Object.fromEntries(params)).toMatchObject({ region: '61.01', period: '2026Q4', indicator: '2.17.06.01' });
    expect(screen.getByLabelText('Wilayah')).toHaveValue('61.01');
  });
});
