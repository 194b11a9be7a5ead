import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import type { Region } from './get-regions';

export function getRegion(code: string): Promise<Region> {
  return unwrap(apiClient.GET('/api/v1/regions/{code}', { params: { path: { code } } }));
}

export function useRegion(code: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', 'detail', code],
    queryFn: () => getRegion(code as string),
    enabled: Boolean(code),
    staleTime: Infinity,
  });
}
