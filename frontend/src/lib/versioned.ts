import { ApiError, toProblem } from './errors';

/** A single record with the ETag it was read with, to send back in If-Match. */
export interface Versioned<T> {
  record: T;
  etag: string | null;
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Like unwrap, but keeps the ETag of the answer beside its body. */
export async function unwrapVersioned<T>(call: Promise<FetchResult<T>>): Promise<Versioned<T>> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
  return { record: data as T, etag: response.headers.get('ETag') };
}

/** The If-Match header for a write, or none when the record was read without an ETag. */
export function ifMatch(etag: string | null | undefined): { 'If-Match'?: string } {
  return etag ? { 'If-Match': etag } : {};
}

/**
 * The ETag the server gives a record, from the version and last change a list carries, for
 * records the dashboard read from a list rather than one by one (the server's EntityTags).
 */
export function etagOf(record: { version: number; updatedAt: string } | null | undefined): string | null {
  if (!record) return null;
  const millis = Date.parse(record.updatedAt);
  if (!Number.isFinite(millis)) return null;
  return `"${record.version}-${millis.toString(36)}"`;
}
