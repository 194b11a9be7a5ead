import { vi } from 'vitest';

type Handler = (request: Request, url: URL) => Response | Promise<Response>;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

/** A 400 validation problem naming the rejected JSON fields, as the API sends it. */
export function validationProblem(errors: { field: string; message: string }[]): Response {
  return new Response(
    JSON.stringify({
      type: 'urn:monev:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: `${errors.length} fields or parameters are invalid`,
      errors,
    }),
    { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * Replaces fetch with handlers keyed by "METHOD /path"; anything else is a 404 problem.
 * Returns the mock, whose calls hold the Request objects the client sent.
 */
export function fakeApi(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const request = input instanceof Request ? input : new Request(input);
    const url = new URL(request.url);
    const handler = handlers[`${request.method} ${url.pathname}`];
    return handler ? handler(request, url) : problem(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function sentRequests(fetchMock: ReturnType<typeof fakeApi>): Request[] {
  return fetchMock.mock.calls.map(([input]) => input as Request);
}
