import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { readToken } from '@/lib/token-storage';
import { fakeApi, json, problem } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import { LoginForm } from './login-form';

async function signIn(username: string, password: string) {
  await userEvent.type(screen.getByLabelText('Nama pengguna'), username);
  await userEvent.type(screen.getByLabelText('Kata sandi'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));
}

describe('LoginForm', () => {
  it('says so clearly when the credentials are wrong', async () => {
    fakeApi({ 'POST /api/v1/auth/token': () => problem(401, 'Unauthorized', 'Invalid username or password') });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await signIn('admin', 'salah');

    expect(await screen.findByRole('alert')).toHaveTextContent('Nama pengguna atau kata sandi salah.');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(readToken()).toBeNull();
  });

  it('stores the token and continues on success', async () => {
    const fetchMock = fakeApi({
      'POST /api/v1/auth/token': () => json({ accessToken: 'jwt-token', tokenType: 'Bearer', expiresIn: 28800 }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await signIn('admin', 'demo');

    await vi.waitFor(() => expect(onSuccess).toHaveBeenCalled());
    expect(readToken()).toBe('jwt-token');
    const sent = fetchMock.mock.calls[0][0] as Request;
    expect(await sent.json()).toEqual({ username: 'admin', password: 'demo' });
  });

  it('shows a connection banner when the server cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await signIn('admin', 'demo');

    expect(await screen.findByRole('alert')).toHaveTextContent('Tidak dapat terhubung ke server');
  });

  it('asks for both fields before calling the server', async () => {
    const fetchMock = fakeApi({});
    renderWithProviders(<LoginForm onSuccess={vi.fn()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Masuk' }));

    expect(screen.getByRole('alert')).toHaveTextContent('Isi nama pengguna dan kata sandi.');
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
