import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import type { CountScope } from './comment-counts';

export type Comment = components['schemas']['Comment'];

/** The record a thread belongs to. */
export type ThreadRef =
  | { kind: 'realization'; indicatorCode: string; regionCode: string; period: string }
  | { kind: 'finding'; id: string }
  | { kind: 'recommendation'; id: string }
  | { kind: 'proposal'; year: number; indicatorCode: string; regionCode: string };

export const commentKeys = {
  thread: (ref: ThreadRef) => ['comments', ref] as const,
  allCounts: ['comments', 'counts'] as const,
  counts: (scope: CountScope) => ['comments', 'counts', scope] as const,
};

export function fetchThread(ref: ThreadRef): Promise<Comment[]> {
  switch (ref.kind) {
    case 'realization':
      return unwrap(
        apiClient.GET('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/comments', {
          params: { path: { indicatorCode: ref.indicatorCode, regionCode: ref.regionCode, period: ref.period } },
        }),
      );
    case 'finding':
      return unwrap(apiClient.GET('/api/v1/findings/{id}/comments', { params: { path: { id: ref.id } } }));
    case 'recommendation':
      return unwrap(apiClient.GET('/api/v1/recommendations/{id}/comments', { params: { path: { id: ref.id } } }));
    case 'proposal':
      return unwrap(
        apiClient.GET('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/comments', {
          params: { path: { year: ref.year, indicatorCode: ref.indicatorCode, regionCode: ref.regionCode } },
        }),
      );
  }
}

export function postComment(ref: ThreadRef, body: string): Promise<Comment> {
  switch (ref.kind) {
    case 'realization':
      return unwrap(
        apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/comments', {
          params: { path: { indicatorCode: ref.indicatorCode, regionCode: ref.regionCode, period: ref.period } },
          body: { body },
        }),
      );
    case 'finding':
      return unwrap(apiClient.POST('/api/v1/findings/{id}/comments', { params: { path: { id: ref.id } }, body: { body } }));
    case 'recommendation':
      return unwrap(
        apiClient.POST('/api/v1/recommendations/{id}/comments', { params: { path: { id: ref.id } }, body: { body } }),
      );
    case 'proposal':
      return unwrap(
        apiClient.POST('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/comments', {
          params: { path: { year: ref.year, indicatorCode: ref.indicatorCode, regionCode: ref.regionCode } },
          body: { body },
        }),
      );
  }
}

export function useThread(ref: ThreadRef) {
  return useQuery({ queryKey: commentKeys.thread(ref), queryFn: () => fetchThread(ref) });
}

/** A thread changed: reread it, and the counts that badges beside the records show. */
function refreshThread(queryClient: QueryClient, ref: ThreadRef) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: commentKeys.thread(ref) }),
    queryClient.invalidateQueries({ queryKey: commentKeys.allCounts }),
  ]);
}

export function useAddComment(ref: ThreadRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => postComment(ref, body),
    onSettled: () => refreshThread(queryClient, ref),
  });
}

export function useDeleteComment(ref: ThreadRef) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(apiClient.DELETE('/api/v1/comments/{id}', { params: { path: { id } } })),
    onSettled: () => refreshThread(queryClient, ref),
  });
}
