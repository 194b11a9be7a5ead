import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { unwrapVersioned } from '@/lib/versioned';
import type { Versioned } from '@/lib/versioned';
import { apiClient, unwrap } from '@/lib/api-client';
import { EVALUATION_PAGE_SIZE, type Finding, type FindingInput, evaluationKeys } from './types';

export type FindingFilters = Omit<
  NonNullable<paths['/api/v1/findings']['get']['parameters']['query']>,
  'page' | 'size' | 'sort' | 'updatedSince'
>;

export function getFindings(filters: FindingFilters) {
  return unwrap(
    apiClient.GET('/api/v1/findings', {
      params: { query: { ...filters, size: EVALUATION_PAGE_SIZE, sort: '-foundOn,title' } },
    }),
  );
}

export function useFindings(filters: FindingFilters, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: evaluationKeys.findingList(filters),
    queryFn: () => getFindings(filters),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function getFinding(id: string): Promise<Versioned<Finding>> {
  return unwrapVersioned(apiClient.GET('/api/v1/findings/{id}', { params: { path: { id } } }));
}

export function useFinding(id: string) {
  return useQuery({ queryKey: evaluationKeys.finding(id), queryFn: () => getFinding(id) });
}

export function useCreateFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FindingInput) => unwrapVersioned(apiClient.POST('/api/v1/findings', { body: input })),
    onSuccess: (saved) => {
      queryClient.setQueryData(evaluationKeys.finding(saved.record.id), saved);
      // Lists, meeting counts and summaries all change.
      void queryClient.invalidateQueries({ queryKey: evaluationKeys.all });
    },
  });
}
