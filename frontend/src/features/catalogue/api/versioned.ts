import { ApiError, toProblem } from '@/lib/errors';
import type { Versioned } from './types';

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
