import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { type Indicator, type IndicatorInput, type Versioned, catalogueKeys } from './types';
import { ifMatch, unwrapVersioned } from '@/lib/versioned';

export function createIndicator(input: IndicatorInput): Promise<Versioned<Indicator>> {
  return unwrapVersioned(apiClient.POST('/api/v1/indicators', { body: input }));
}

/** Replaces the indicator, refused with 412 when `etag` is no longer current. */
export function replaceIndicator(code: string, input: IndicatorInput, etag: string | null) {
  return unwrapVersioned(
    apiClient.PUT('/api/v1/indicators/{code}', {
      params: { path: { code }, header: ifMatch(etag) },
      body: input,
    }),
  );
}

export function retireIndicator(code: string, etag: string | null) {
  return unwrapVersioned(
    apiClient.POST('/api/v1/indicators/{code}/retire', { params: { path: { code }, header: ifMatch(etag) } }),
  );
}

export function deleteIndicator(code: string, etag: string | null) {
  return unwrap(
    apiClient.DELETE('/api/v1/indicators/{code}', { params: { path: { code }, header: ifMatch(etag) } }),
  );
}

/** Keeps the written record (and its new ETag) in the cache and refreshes the lists. */
function useStoreIndicator() {
  const queryClient = useQueryClient();
  return (saved: Versioned<Indicator>) => {
    queryClient.setQueryData(catalogueKeys.indicator(saved.record.code), saved);
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.indicators() });
  };
}

export function useCreateIndicator() {
  const store = useStoreIndicator();
  return useMutation({ mutationFn: createIndicator, onSuccess: store });
}

export function useReplaceIndicator(code: string) {
  const store = useStoreIndicator();
  return useMutation({
    mutationFn: ({ input, etag }: { input: IndicatorInput; etag: string | null }) =>
      replaceIndicator(code, input, etag),
    onSuccess: store,
  });
}

export function useRetireIndicator(code: string) {
  const store = useStoreIndicator();
  return useMutation({ mutationFn: (etag: string | null) => retireIndicator(code, etag), onSuccess: store });
}

export function useDeleteIndicator(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => deleteIndicator(code, etag),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: catalogueKeys.indicator(code) });
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.indicators() });
    },
  });
}
