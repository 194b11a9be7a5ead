import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, problem, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import type { Comment } from '../api/comments';
import { comment } from '../test/fixtures';
import { CommentThread } from './comment-thread';

const THREAD = '/api/v1/realizations/2.17.06.01/61.01/2026Q4/comments';
const NOW = new Date('2026-11-27T08:00:00Z');
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000).toISOString();

/** A thread the fake server keeps: comments posted are added, deleted ones cleared. */
function serveThread(initial: Comment[], extra: Parameters<typeof fakeApi>[0] = {}) {
  saveToken('token', 3600);
  let stored = [...initial];
  return fakeApi({
    [`GET ${THREAD}`]: () => json(stored),
    [`POST ${THREAD}`]: async (request) => {
      const { body } = (await request.clone().json()) as { body: string };
      const created = comment(`c${stored.length + 1}`, 'op-6101', body, NOW.toISOString());
      stored = [...stored, created];
      return json(created, 201);
    },
    ...extra,
  });
}

function renderThread(props: { username?: string; canWrite?: boolean } = {}) {
  return renderWithProviders(
    <CommentThread
      thread={{ kind: 'realization', indicatorCode: '2.17.06.01', regionCode: '61.01', period: '2026Q4' }}
      username={props.username ?? 'op-6101'}
      canWrite={props.canWrite ?? true}
      title="Diskusi nilai 2.17.06.01"
    />,
  );
}

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('CommentThread', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => vi.useRealTimers());

  it('lists the comments oldest first, whatever order they come in', async () => {
    serveThread([
      comment('c2', 'op-6101', 'Dua koperasi dibubarkan pada RAT.', '2026-11-26T03:00:00Z'),
      comment('c1', 'verifier', 'Mengapa angka turun dari triwulan lalu?', '2026-11-25T09:30:00.5Z'),
      comment('c3', 'verifier', 'Terima kasih, jelas.', '2026-11-26T03:00:00.25Z'),
    ]);
    renderThread();

    const thread = await screen.findByRole('region', { name: 'Diskusi nilai 2.17.06.01' });
    await within(thread).findByText('Terima kasih, jelas.');
    expect(items().map((item) => item.querySelector('.comment-body')?.textContent)).toEqual([
      'Mengapa angka turun dari triwulan lalu?',
      'Dua koperasi dibubarkan pada RAT.',
      'Terima kasih, jelas.',
    ]);
    expect(items()[0]).toHaveTextContent('verifier');
  });

  it('adds a comment, clears the box and shows it in the thread', async () => {
    const fetchMock = serveThread([comment('c1', 'verifier', 'Mohon lampirkan bukti.', minutesAgo(60))]);
    renderThread();
    const user = userEvent.setup();

    await screen.findByText('Mohon lampirkan bukti.');
    await user.type(screen.getByLabelText('Tulis komentar'), '  @verifier Bukti sudah diunggah.  ');
    await user.click(screen.getByRole('button', { name: 'Kirim komentar' }));

    expect(await screen.findByText('@verifier Bukti sudah diunggah.')).toBeInTheDocument();
    expect(screen.getByLabelText('Tulis komentar')).toHaveValue('');
    const post = sentRequests(fetchMock).find((request) => request.method === 'POST') as Request;
    expect(await post.json()).toEqual({ body: '@verifier Bukti sudah diunggah.' });
    expect(items()).toHaveLength(2);
  });

  it('offers to delete only the reader’s own comments still within the edit window', async () => {
    const fetchMock = serveThread(
      [
        comment('old', 'op-6101', 'Komentar lama saya', minutesAgo(20)),
        comment('theirs', 'verifier', 'Komentar verifikator', minutesAgo(5)),
        comment('gone', 'op-6101', null, minutesAgo(4), { deleted: true }),
        comment('mine', 'op-6101', 'Komentar baru saya', minutesAgo(3)),
      ],
      { 'DELETE /api/v1/comments/mine': () => new Response(null, { status: 204 }) },
    );
    renderThread();

    await screen.findByText('Komentar baru saya');
    const deleteButtons = screen.getAllByRole('button', { name: 'Hapus' });
    expect(deleteButtons).toHaveLength(1);
    expect(screen.getByText('Komentar baru saya').closest('li')).toContainElement(deleteButtons[0]);
    expect(screen.getByText('Komentar dihapus oleh penulisnya.')).toBeInTheDocument();

    await userEvent.setup().click(deleteButtons[0]);
    await waitFor(() =>
      expect(sentRequests(fetchMock).some((request) => request.method === 'DELETE' && request.url.endsWith('/comments/mine'))).toBe(
        true,
      ),
    );
  });

  it('shows a reader who may not write the thread without the box', async () => {
    serveThread([comment('c1', 'verifier', 'Angka sudah sesuai.', minutesAgo(2))]);
    renderThread({ username: 'ministry', canWrite: false });

    expect(await screen.findByText('Angka sudah sesuai.')).toBeInTheDocument();
    expect(screen.queryByLabelText('Tulis komentar')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kirim komentar' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hapus' })).not.toBeInTheDocument();
  });

  it('shows the server’s problem and keeps what was typed', async () => {
    serveThread([], {
      [`POST ${THREAD}`]: () => problem(403, 'Tidak diizinkan', 'Operator hanya dapat mengelola data wilayahnya sendiri (61.02)'),
    });
    renderThread({ username: 'op-6102' });
    const user = userEvent.setup();

    expect(await screen.findByText('Belum ada komentar.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Tulis komentar'), 'Ikut menanggapi');
    await user.click(screen.getByRole('button', { name: 'Kirim komentar' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Operator hanya dapat mengelola data wilayahnya sendiri (61.02)');
    expect(screen.getByLabelText('Tulis komentar')).toHaveValue('Ikut menanggapi');
  });

  it('shows the problem when a deletion is refused', async () => {
    serveThread([comment('mine', 'op-6101', 'Hampir lewat waktunya', minutesAgo(14))], {
      'DELETE /api/v1/comments/mine': () =>
        problem(409, 'Konflik', 'Komentar hanya dapat diubah dalam 15 menit setelah ditulis'),
    });
    renderThread();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Hapus' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Komentar hanya dapat diubah dalam 15 menit setelah ditulis');
  });
});
