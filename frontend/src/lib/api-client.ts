import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '@/api/schema';
import { ApiError, NetworkError, toProblem } from './errors';
import { clearToken, readToken } from './token-storage';

// The server words its problems (title, detail) in the language the dashboard shows.
let requestLanguage = 'id';

/** The language sent as Accept-Language with every call; the i18n set-up keeps it current. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language;
}

// Requests that carried a token: only their 401 means "session expired" (clearing the token
// sends every signed-in screen to the sign-in page). A 401 on the sign-in call itself means
// wrong credentials and is left to the login form.
const authenticatedRequests = new WeakSet<Request>();

export const authMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', requestLanguage);
    const token = readToken();
    if (token) {
      request.headers.set('Authorization', `Bearer ${token}`);
      authenticatedRequests.add(request);
    }
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && authenticatedRequests.has(request)) {
      clearToken('expired');
    }
    return response;
  },
  onError({ error }) {
    // fetch() only throws when no HTTP answer came back at all.
    return new NetworkError(error);
  },
};

/** A proxy in front of a stopped backend answers 502/503/504 without a problem body. */
export const unreachableServerMiddleware: Middleware = {
  onResponse({ response }) {
    const isGatewayFailure = [502, 503, 504].includes(response.status);
    const isProblem = response.headers.get('content-type')?.includes('json') ?? false;
    if (isGatewayFailure && !isProblem) {
      throw new NetworkError(`HTTP ${response.status}`);
    }
    return response;
  },
};

export function createApiClient(baseUrl = globalThis.location?.origin ?? '') {
  const client = createClient<paths>({
    baseUrl,
    // Look fetch up on each call rather than once at start-up.
    fetch: (request) => globalThis.fetch(request),
  });
  client.use(unreachableServerMiddleware, authMiddleware);
  return client;
}

export const apiClient = createApiClient();

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Returns the body of a successful answer, or throws an ApiError carrying the problem. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
  return data as T;
}
