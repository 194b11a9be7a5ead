import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';

type ListRegions = paths['/api/v1/regions']['get'];
export type RegionPage = ListRegions['responses'][200]['content']['application/json'];
export type Region = RegionPage['items'][number];
export type RegionLevel = Region['level'];

export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'REGENCY', 'CITY'];

// The province and its 14 regencies and cities fit in one page of the largest size.
const ALL_REGIONS_PAGE_SIZE = 500;

export function getRegions(level?: RegionLevel): Promise<RegionPage> {
  return unwrap(
    apiClient.GET('/api/v1/regions', {
      params: { query: { level, size: ALL_REGIONS_PAGE_SIZE, sort: 'code' } },
    }),
  );
}

export function useRegions(level?: RegionLevel) {
  return useQuery({
    queryKey: ['regions', 'list', { level: level ?? null }],
    queryFn: () => getRegions(level),
    placeholderData: keepPreviousData,
  });
}
