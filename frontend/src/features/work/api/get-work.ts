import { useQuery } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';

export type WorkItem = components['schemas']['WorkItem'];

export function useMyWork() {
  return useQuery({
    queryKey: ['work', 'mine'],
    queryFn: () => unwrap(apiClient.GET('/api/v1/me/work')),
  });
}
