import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { CATALOGUE_PAGE_SIZE, catalogueKeys } from './types';

export type ProgramFilters = Omit<
  NonNullable<paths['/api/v1/programs']['get']['parameters']['query']>,
  'page' | 'size' | 'sort' | 'updatedSince'
>;

export function getPrograms(filters: ProgramFilters) {
  return unwrap(
    apiClient.GET('/api/v1/programs', {
      params: { query: { ...filters, size: CATALOGUE_PAGE_SIZE, sort: 'code' } },
    }),
  );
}

export function usePrograms(filters: ProgramFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: catalogueKeys.programList(filters),
    queryFn: () => getPrograms(filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
