import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';

export type SyncSource = components['schemas']['SyncSource'];

const sourcesKey = ['sync', 'sources'] as const;

export function useSyncSources() {
  return useQuery({
    queryKey: sourcesKey,
    queryFn: () => unwrap(apiClient.GET('/api/v1/sync-sources')),
    // A schedule keeps mirroring meanwhile: the page follows it while open.
    refetchInterval: 30_000,
  });
}

/** Mirrors a source now; the answer comes when the run has ended, with the source's state after it. */
export function useRunSyncSource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ name, fromStart }: { name: string; fromStart?: boolean }) =>
      unwrap(
        apiClient.POST('/api/v1/sync-sources/{name}/runs', {
          params: { path: { name }, query: fromStart ? { fromStart: true } : {} },
        }),
      ),
    onSuccess: (source) =>
      queryClient.setQueryData<SyncSource[]>(sourcesKey, (sources) =>
        sources?.map((s) => (s.name === source.name ? source : s)),
      ),
  });
}
