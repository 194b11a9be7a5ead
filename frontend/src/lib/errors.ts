/** An RFC 9457 problem document as the API sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { field?: string; message?: string }[];
}

/** The server answered, but not with success. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** The server could not be reached at all (offline, server down, proxy error). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('The server could not be reached', { cause });
    this.name = 'NetworkError';
  }
}

export function toProblem(body: unknown, status: number): Problem {
  if (body && typeof body === 'object') {
    return body as Problem;
  }
  return { status, detail: typeof body === 'string' && body.trim() ? body : undefined };
}

/**
 * Whether trying the same request again can help: the server was unreachable or said it is
 * unavailable for now. A refusal (4xx) answers the same way however often it is asked.
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof NetworkError) return true;
  return error instanceof ApiError && [502, 503, 504].includes(error.status);
}
