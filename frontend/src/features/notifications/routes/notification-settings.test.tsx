import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests, validationProblem } from '@/test/fake-api';
import { REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import type { NotificationSettings } from '../api/notifications';

function serveSettings(stored: NotificationSettings, put?: (request: Request) => Response | Promise<Response>) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(SAMBAS_OPERATOR),
    'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    'GET /api/v1/notifications/unread-count': () => json({ unread: 0 }),
    'GET /api/v1/me/notification-settings': () => json(stored),
    'PUT /api/v1/me/notification-settings': async (request) =>
      put ? put(request) : json({ ...(await request.clone().json()), mailEnabled: stored.mailEnabled }),
  });
}

const sentBody = async (fetchMock: ReturnType<typeof fakeApi>) => {
  const put = sentRequests(fetchMock).find((request) => request.method === 'PUT') as Request;
  return put.json();
};

describe('NotificationSettingsRoute', () => {
  it('shows the stored address and mode, and saves a change as the server expects it', async () => {
    const fetchMock = serveSettings({ email: 'op.sambas@example.go.id', emailMode: 'DAILY', mailEnabled: true });
    renderApp('/notifications/settings');
    const user = userEvent.setup();

    const email = await screen.findByLabelText('Alamat e-mail');
    expect(email).toHaveValue('op.sambas@example.go.id');
    expect(screen.getByRole('radio', { name: 'Ringkasan harian (disarankan)' })).toBeChecked();
    expect(screen.queryByText(/belum mengirim e-mail/)).not.toBeInTheDocument();

    await user.clear(email);
    await user.type(email, '  dinas.sambas@example.go.id ');
    await user.click(screen.getByRole('radio', { name: 'Setiap ada pemberitahuan' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Pengaturan disimpan.');
    expect(await sentBody(fetchMock)).toEqual({ email: 'dinas.sambas@example.go.id', emailMode: 'EACH' });
  });

  it('sends no address when the field is emptied, and says when the server sends no mail yet', async () => {
    const fetchMock = serveSettings({ email: 'op.sambas@example.go.id', emailMode: 'EACH', mailEnabled: false });
    renderApp('/notifications/settings');
    const user = userEvent.setup();

    expect(await screen.findByText('Server ini belum mengirim e-mail; pengaturan tetap disimpan untuk nanti.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Alamat e-mail'));
    await user.click(screen.getByRole('radio', { name: 'Tidak usah' }));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByText('Pengaturan disimpan.')).toBeInTheDocument();
    expect(await sentBody(fetchMock)).toEqual({ email: null, emailMode: 'OFF' });
  });

  it("shows the server's refusal and keeps what was typed", async () => {
    serveSettings({ email: null, emailMode: 'DAILY', mailEnabled: true }, () =>
      validationProblem([{ field: 'email', message: 'must be a well-formed email address' }]),
    );
    renderApp('/notifications/settings');
    const user = userEvent.setup();

    await user.type(await screen.findByLabelText('Alamat e-mail'), 'bukan@alamat');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('1 fields or parameters are invalid');
    expect(screen.getByLabelText('Alamat e-mail')).toHaveValue('bukan@alamat');
    expect(screen.queryByText('Pengaturan disimpan.')).not.toBeInTheDocument();
  });
});
