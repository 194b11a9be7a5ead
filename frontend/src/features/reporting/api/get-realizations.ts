import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { readAllPages } from '@/lib/all-pages';
import { MAX_PAGE_SIZE, type Realization, reportingKeys } from './types';

export type RealizationQuery = Omit<
  NonNullable<paths['/api/v1/realizations']['get']['parameters']['query']>,
  'page' | 'size' | 'updatedSince'
>;

export function getRealizations(query: RealizationQuery): Promise<Realization[]> {
  return readAllPages((page) =>
    unwrap(apiClient.GET('/api/v1/realizations', { params: { query: { ...query, page, size: MAX_PAGE_SIZE } } })),
  );
}

export function useRealizations(query: RealizationQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportingKeys.realizationList(query),
    queryFn: () => getRealizations(query),
    enabled: options.enabled ?? true,
    staleTime: 0,
  });
}

export type RealizationPageQuery = RealizationQuery & { page: number; size: number };

/** One page of realizations, as the list answers it (items and the total). */
export function getRealizationPage(query: RealizationPageQuery) {
  return unwrap(apiClient.GET('/api/v1/realizations', { params: { query } }));
}

export function useRealizationPage(query: RealizationPageQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportingKeys.realizationList({ ...query, paged: true }),
    queryFn: () => getRealizationPage(query),
    enabled: options.enabled ?? true,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
