import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import type { BulkKind } from './types';

/** The kinds of record the server loads in bulk, with their columns and who may load each. */
export function useBulkKinds() {
  return useQuery({
    queryKey: ['imports', 'kinds'],
    queryFn: () => unwrap(apiClient.GET('/api/v1/imports/kinds')),
    staleTime: Infinity,
  });
}

/** The kinds a role may load: the server's word, not the dashboard's. */
export function loadableBy(kinds: readonly BulkKind[], role: string | undefined): BulkKind[] {
  return role ? kinds.filter((kind) => kind.loaders.includes(role as BulkKind['loaders'][number])) : [];
}
