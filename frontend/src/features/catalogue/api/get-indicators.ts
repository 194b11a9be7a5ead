import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { CATALOGUE_PAGE_SIZE, catalogueKeys } from './types';

export type IndicatorFilters = Omit<
  NonNullable<paths['/api/v1/indicators']['get']['parameters']['query']>,
  'page' | 'size' | 'sort' | 'updatedSince'
>;

export function getIndicators(filters: IndicatorFilters) {
  return unwrap(
    apiClient.GET('/api/v1/indicators', {
      params: { query: { ...filters, size: CATALOGUE_PAGE_SIZE, sort: 'code' } },
    }),
  );
}

export function useIndicators(filters: IndicatorFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: catalogueKeys.indicatorList(filters),
    queryFn: () => getIndicators(filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
