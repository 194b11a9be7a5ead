import { type UseQueryResult, useQueries } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { commentKeys, type ThreadRef } from './comments';

export type CommentCount = components['schemas']['CommentCount'];

/** Records whose threads are counted together: a region's values of one period, or its proposals of one round. */
export type CountScope =
  | { kind: 'realization'; regionCode: string; period: string }
  | { kind: 'proposal'; regionCode: string; year: number };

/** The key the server files a thread under (see the thread keys of the comments API). */
export function threadKeyOf(ref: ThreadRef): string {
  switch (ref.kind) {
    case 'realization':
      return `${ref.indicatorCode}/${ref.regionCode}/${ref.period}`;
    case 'proposal':
      return `${ref.year}/${ref.indicatorCode}/${ref.regionCode}`;
    default:
      return ref.id;
  }
}

export function fetchCommentCounts(scope: CountScope): Promise<CommentCount[]> {
  const query =
    scope.kind === 'realization'
      ? { threadType: 'REALIZATION' as const, region: scope.regionCode, period: scope.period }
      : { threadType: 'PROPOSAL' as const, region: scope.regionCode, year: scope.year };
  return unwrap(apiClient.GET('/api/v1/comment-counts', { params: { query } }));
}

const scopeId = (scope: CountScope) =>
  scope.kind === 'realization' ? `r|${scope.regionCode}|${scope.period}` : `p|${scope.regionCode}|${scope.year}`;

function countsByThread(results: UseQueryResult<CommentCount[]>[]): ReadonlyMap<string, number> {
  return new Map(results.flatMap((result) => (result.data ?? []).map((item) => [item.threadKey, item.count] as const)));
}

/**
 * The number of comments on each thread of the scopes, one request per scope. A thread not counted
 * (none yet, or its scope still loading or refused) reads 0: a badge is a hint, never in the way.
 */
export function useCommentCounts(scopes: CountScope[], { enabled = true }: { enabled?: boolean } = {}) {
  const unique = [...new Map(scopes.map((scope) => [scopeId(scope), scope])).values()];
  const counts = useQueries({
    queries: unique.map((scope) => ({
      queryKey: commentKeys.counts(scope),
      queryFn: () => fetchCommentCounts(scope),
      enabled,
    })),
    combine: countsByThread,
  });
  return (thread: ThreadRef): number => counts.get(threadKeyOf(thread)) ?? 0;
}
