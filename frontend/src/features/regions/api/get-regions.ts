import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { MAX_PAGE_SIZE, readAllPages } from '@/lib/all-pages';
import { apiClient, unwrap } from '@/lib/api-client';

type ListRegions = paths['/api/v1/regions']['get'];
export type RegionPage = ListRegions['responses'][200]['content']['application/json'];
export type Region = RegionPage['items'][number];
export type RegionLevel = Region['level'];

export const REGION_LEVELS: readonly RegionLevel[] = ['PROVINCE', 'REGENCY', 'CITY'];

/**
 * Every region at the level (all levels when none is given), in code order: page after page, for a
 * national deployment holds more regions (552) than the largest page.
 */
export async function getRegions(level?: RegionLevel): Promise<RegionPage> {
  const items = await readAllPages((page) =>
    unwrap(apiClient.GET('/api/v1/regions', { params: { query: { level, page, size: MAX_PAGE_SIZE, sort: 'code' } } })),
  );
  return { items, page: 0, size: items.length, total: items.length };
}

export function useRegions(level?: RegionLevel) {
  return useQuery({
    queryKey: ['regions', 'list', { level: level ?? null }],
    queryFn: () => getRegions(level),
    placeholderData: keepPreviousData,
  });
}
