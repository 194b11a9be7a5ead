import { useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { readAllPages } from '@/lib/all-pages';
import { MAX_PAGE_SIZE, reportingKeys, type Target } from './types';

export type TargetQuery = Omit<
  NonNullable<paths['/api/v1/targets']['get']['parameters']['query']>,
  'page' | 'size' | 'updatedSince'
>;

export function getTargets(query: TargetQuery): Promise<Target[]> {
  return readAllPages((page) =>
    unwrap(apiClient.GET('/api/v1/targets', { params: { query: { ...query, page, size: MAX_PAGE_SIZE } } })),
  );
}

export function useTargets(query: TargetQuery, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: reportingKeys.targetList(query),
    queryFn: () => getTargets(query),
    enabled: options.enabled ?? true,
  });
}
