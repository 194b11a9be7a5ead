import { describe, expect, it, vi } from 'vitest';
import { fakeApi, json, problem, sentRequests } from '@/test/fake-api';
import { createApiClient, setRequestLanguage, unwrap } from './api-client';
import { ApiError, isRetryable, NetworkError } from './errors';
import { readToken, saveToken, sessionEnd } from './token-storage';

const client = createApiClient('http://localhost');

describe('api client', () => {
  it('adds the stored token as a bearer Authorization header', async () => {
    saveToken('token-123', 3600);
    const fetchMock = fakeApi({ 'GET /api/v1/regions': () => json({ items: [], page: 0, size: 50, total: 0 }) });

    await unwrap(client.GET('/api/v1/regions'));

    expect(sentRequests(fetchMock)[0].headers.get('Authorization')).toBe('Bearer token-123');
  });

  it('asks for problems in the language the dashboard shows', async () => {
    const fetchMock = fakeApi({ 'GET /api/v1/regions': () => json({ items: [], page: 0, size: 50, total: 0 }) });
    setRequestLanguage('en');
    await unwrap(client.GET('/api/v1/regions'));
    setRequestLanguage('id');
    await unwrap(client.GET('/api/v1/regions'));

    expect(sentRequests(fetchMock).map((request) => request.headers.get('Accept-Language'))).toEqual(['en', 'id']);
  });

  it('offers a retry only where trying again can help', () => {
    expect(isRetryable(new NetworkError())).toBe(true);
    expect(isRetryable(new ApiError(503, { status: 503 }))).toBe(true);
    expect(isRetryable(new ApiError(403, { status: 403, detail: 'Operators work only with their own region' }))).toBe(false);
    expect(isRetryable(new ApiError(409, { status: 409 }))).toBe(false);
    expect(isRetryable(new Error('boom'))).toBe(false);
  });

  it('sends no Authorization header before sign-in', async () => {
    const fetchMock = fakeApi({
      'POST /api/v1/auth/token': () => json({ accessToken: 'a', tokenType: 'Bearer', expiresIn: 60 }),
    });

    await unwrap(client.POST('/api/v1/auth/token', { body: { username: 'admin', password: 'demo' } }));

    expect(sentRequests(fetchMock)[0].headers.has('Authorization')).toBe(false);
  });

  it('ends the session when the server rejects the token', async () => {
    saveToken('stale', 3600);
    fakeApi({ 'GET /api/v1/auth/me': () => problem(401, 'Unauthorized') });

    await expect(unwrap(client.GET('/api/v1/auth/me'))).rejects.toMatchObject({ status: 401 });

    expect(readToken()).toBeNull();
    expect(sessionEnd()).toBe('expired');
  });

  it('treats a 401 on sign-in as wrong credentials, not an expired session', async () => {
    fakeApi({ 'POST /api/v1/auth/token': () => problem(401, 'Unauthorized', 'Invalid credentials') });

    const result = unwrap(client.POST('/api/v1/auth/token', { body: { username: 'admin', password: 'x' } }));

    await expect(result).rejects.toBeInstanceOf(ApiError);
    expect(sessionEnd()).toBeNull();
  });

  it('turns a failed fetch into a NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));

    await expect(client.GET('/api/v1/regions')).rejects.toBeInstanceOf(NetworkError);
  });

  it('treats a gateway error without a problem body as an unreachable server', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('Bad Gateway', { status: 502 })));

    await expect(client.GET('/api/v1/regions')).rejects.toBeInstanceOf(NetworkError);
  });

  it('carries the problem document of an error answer', async () => {
    saveToken('token', 3600);
    fakeApi({ 'GET /api/v1/regions': () => problem(400, 'Bad Request', 'size must be at most 500') });

    const error = await unwrap(client.GET('/api/v1/regions', { params: { query: { size: 900 } } })).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.detail).toBe('size must be at most 500');
  });
});
