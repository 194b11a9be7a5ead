import type { paths } from '@/api/schema';
import { apiClient } from '@/lib/api-client';
import { ApiError, toProblem } from '@/lib/errors';
import type { DataKind } from './types';

export type ExportQuery = Omit<
  NonNullable<paths['/api/v1/exports/{kind}']['get']['parameters']['query']>,
  'format'
>;

/** Fetches an export with the bearer token, as a file to save. */
export async function fetchExport(kind: DataKind, query: ExportQuery): Promise<Blob> {
  const { data, error, response } = await apiClient.GET('/api/v1/exports/{kind}', {
    params: { path: { kind }, query: { ...query, format: 'csv' } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
  return data;
}

/** A file name that says what the download holds: realizations-61.01-2026Q4.csv */
export function exportFileName(kind: DataKind, query: ExportQuery): string {
  const parts: string[] = [kind];
  if (query.region) parts.push(query.region);
  if (query.program) parts.push(query.program);
  if (query.indicator) parts.push(query.indicator);
  if (query.year) parts.push(String(query.year));
  if (query.periodFrom) parts.push(query.periodFrom);
  if (query.periodTo && query.periodTo !== query.periodFrom) parts.push(query.periodTo);
  return `${parts.join('-')}.csv`;
}
