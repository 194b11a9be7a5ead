import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { Notification } from '../api/notifications';

function notification(id: string, title: string, readAt: string | null, link = '/findings/f-1'): Notification {
  return { id, kind: 'COMMENT', title, body: `Isi ${title}`, link, createdAt: '2026-11-26T02:00:00Z', readAt };
}

/** An inbox on the fake server: reading one or all changes what it lists and counts. */
function serveInbox() {
  saveToken('token', 3600);
  let inbox = [
    notification('n1', 'Nilai dikembalikan: 2.17.06.01', null, '/reporting?period=2026Q4&indicator=2.17.06.01'),
    notification('n2', 'verifier menyebut Anda pada temuan', null),
    notification('n3', 'Komentar baru pada usulan target', '2026-11-25T01:00:00Z'),
  ];
  const read = (id: string) => {
    inbox = inbox.map((item) => (item.id === id && !item.readAt ? { ...item, readAt: '2026-11-27T01:00:00Z' } : item));
    return inbox.find((item) => item.id === id);
  };
  const unread = () => inbox.filter((item) => !item.readAt).length;
  return fakeApi({
    'GET /api/v1/auth/me': () => json(SAMBAS_OPERATOR),
    'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    'GET /api/v1/notifications/unread-count': () => json({ unread: unread() }),
    'GET /api/v1/notifications': (_request, url) => {
      const items = url.searchParams.get('unreadOnly') === 'true' ? inbox.filter((item) => !item.readAt) : inbox;
      return json({ items, page: 0, size: 100, total: items.length });
    },
    'POST /api/v1/notifications/n1/read': () => json(read('n1')),
    'POST /api/v1/notifications/n3/read': () => json(read('n3')),
    'POST /api/v1/notifications/read-all': () => {
      inbox.forEach((item) => read(item.id));
      return json({ unread: 0 });
    },
  });
}

const bell = (count: number) => screen.findByRole('link', { name: `Pemberitahuan (${count} belum dibaca)` });
const inboxList = () => screen.findByRole('list', { name: 'Pemberitahuan' });
const itemOf = (list: HTMLElement, title: string) => within(list).getByText(title).closest('li') as HTMLElement;

describe('InboxRoute', () => {
  it('lists the notifications with the unread ones marked, and the bell counts them', async () => {
    serveInbox();
    renderApp('/notifications');

    const list = await inboxList();
    expect(within(list).getAllByRole('listitem')).toHaveLength(3);
    expect(itemOf(list, 'Nilai dikembalikan: 2.17.06.01')).toHaveTextContent('belum dibaca');
    expect(itemOf(list, 'Nilai dikembalikan: 2.17.06.01')).toHaveClass('inbox-item-unread');
    expect(itemOf(list, 'Komentar baru pada usulan target')).not.toHaveTextContent('belum dibaca');
    expect(await bell(2)).toBeInTheDocument();
    expect(screen.getByTestId('unread-count')).toHaveTextContent('2');
  });

  it('marks one read when it is opened, goes to its record, and the bell counts one less', async () => {
    const fetchMock = serveInbox();
    const { router } = renderApp('/notifications');
    await bell(2);

    await userEvent.setup().click(within(itemOf(await inboxList(), 'Nilai dikembalikan: 2.17.06.01')).getByRole('button'));

    await waitFor(() => expect(router.state.location.pathname).toBe('/reporting'));
    expect(router.state.location.search).toBe('?period=2026Q4&indicator=2.17.06.01');
    expect(await bell(1)).toBeInTheDocument();
    const posts = sentRequests(fetchMock).filter((request) => request.method === 'POST');
    expect(posts.map((request) => new URL(request.url).pathname)).toEqual(['/api/v1/notifications/n1/read']);
  });

  it('opens a notification already read without marking it again', async () => {
    const fetchMock = serveInbox();
    const { router } = renderApp('/notifications');
    await userEvent.setup().click(within(itemOf(await inboxList(), 'Komentar baru pada usulan target')).getByRole('button'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/findings/f-1'));
    expect(sentRequests(fetchMock).some((request) => request.method === 'POST')).toBe(false);
  });

  it('marks all read in one step; the list and the bell follow', async () => {
    const fetchMock = serveInbox();
    renderApp('/notifications');
    await bell(2);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Tandai semua sudah dibaca' }));

    expect(await bell(0)).toBeInTheDocument();
    expect(screen.queryByTestId('unread-count')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText(/belum dibaca$/, { selector: '.inbox-time' })).not.toBeInTheDocument());
    const posts = sentRequests(fetchMock).filter((request) => request.method === 'POST');
    expect(posts.map((request) => new URL(request.url).pathname)).toEqual(['/api/v1/notifications/read-all']);
  });

  it('shows only the unread ones when asked', async () => {
    const fetchMock = serveInbox();
    renderApp('/notifications');
    await inboxList();

    await userEvent.setup().click(screen.getByLabelText('Hanya yang belum dibaca'));

    await waitFor(async () => expect(within(await inboxList()).getAllByRole('listitem')).toHaveLength(2));
    expect(screen.queryByText('Komentar baru pada usulan target')).not.toBeInTheDocument();
    const asked = sentRequests(fetchMock)
      .map((request) => new URL(request.url))
      .filter((url) => url.pathname === '/api/v1/notifications');
    expect(asked.at(-1)?.searchParams.get('unreadOnly')).toBe('true');
  });
});
