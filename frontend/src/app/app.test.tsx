import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readToken, saveToken } from '@/lib/token-storage';
import { fakeApi, json, problem } from '@/test/fake-api';
import { ADMIN, REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';

describe('application', () => {
  it('sends a visitor without a session to the sign-in page', async () => {
    fakeApi({});
    const { router } = renderApp('/regions');

    expect(await screen.findByRole('heading', { name: 'Masuk' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('signs in and shows the shell with the user, role and region', async () => {
    fakeApi({
      'POST /api/v1/auth/token': () => json({ accessToken: 'jwt', tokenType: 'Bearer', expiresIn: 3600 }),
      'GET /api/v1/auth/me': () => json(SAMBAS_OPERATOR),
      'GET /api/v1/regions/61.01': () => json(REGIONS[1]),
    });
    renderApp('/login');

    await userEvent.type(await screen.findByLabelText('Nama pengguna'), 'op-6101');
    await userEvent.type(screen.getByLabelText('Kata sandi'), 'demo');
    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(await screen.findByText('Operator Sambas', { selector: '.user-name' })).toBeInTheDocument();
    expect(await screen.findByText('Operator Kabupaten/Kota · Kabupaten Sambas')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Beranda' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Wilayah' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Katalog' })).toHaveAttribute('href', '/catalogue');
  });

  it('returns to the sign-in page with a message when the session has expired', async () => {
    saveToken('expired-on-the-server', 3600);
    fakeApi({
      'GET /api/v1/auth/me': () => problem(401, 'Unauthorized'),
      'GET /api/v1/regions': () => problem(401, 'Unauthorized'),
    });
    const { router } = renderApp('/regions');

    expect(await screen.findByText('Sesi Anda telah berakhir, silakan masuk kembali.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(readToken()).toBeNull();
  });

  it('does not wait for the server when the token has outlived its announced lifetime', async () => {
    saveToken('old', 60, Date.now() - 120_000);
    const fetchMock = fakeApi({});
    renderApp('/regions');

    expect(await screen.findByText('Sesi Anda telah berakhir, silakan masuk kembali.')).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(readToken()).toBeNull();
  });

  it('signs out', async () => {
    saveToken('jwt', 3600);
    fakeApi({ 'GET /api/v1/auth/me': () => json(ADMIN) });
    renderApp('/');
    expect(await screen.findByText('Semua wilayah', { exact: false })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Keluar' }));

    expect(await screen.findByText('Anda telah keluar.')).toBeInTheDocument();
    expect(readToken()).toBeNull();
  });
});
