import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { type Program, type ProgramInput, type Versioned, catalogueKeys } from './types';
import { ifMatch, unwrapVersioned } from '@/lib/versioned';

export function createProgram(input: ProgramInput): Promise<Versioned<Program>> {
  return unwrapVersioned(apiClient.POST('/api/v1/programs', { body: input }));
}

/** Replaces the program, refused with 412 when `etag` is no longer current. */
export function replaceProgram(code: string, input: ProgramInput, etag: string | null) {
  return unwrapVersioned(
    apiClient.PUT('/api/v1/programs/{code}', {
      params: { path: { code }, header: ifMatch(etag) },
      body: input,
    }),
  );
}

export function retireProgram(code: string, etag: string | null) {
  return unwrapVersioned(
    apiClient.POST('/api/v1/programs/{code}/retire', { params: { path: { code }, header: ifMatch(etag) } }),
  );
}

export function deleteProgram(code: string, etag: string | null) {
  return unwrap(
    apiClient.DELETE('/api/v1/programs/{code}', { params: { path: { code }, header: ifMatch(etag) } }),
  );
}

/** Keeps the written record (and its new ETag) in the cache and refreshes the lists. */
function useStoreProgram() {
  const queryClient = useQueryClient();
  return (saved: Versioned<Program>) => {
    queryClient.setQueryData(catalogueKeys.program(saved.record.code), saved);
    void queryClient.invalidateQueries({ queryKey: catalogueKeys.programs() });
  };
}

export function useCreateProgram() {
  const store = useStoreProgram();
  return useMutation({ mutationFn: createProgram, onSuccess: store });
}

export function useReplaceProgram(code: string) {
  const store = useStoreProgram();
  return useMutation({
    mutationFn: ({ input, etag }: { input: ProgramInput; etag: string | null }) => replaceProgram(code, input, etag),
    onSuccess: store,
  });
}

export function useRetireProgram(code: string) {
  const store = useStoreProgram();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => retireProgram(code, etag),
    onSuccess: (saved) => {
      store(saved);
      // Lists of indicators show whether their program is retired.
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.indicators() });
    },
  });
}

export function useDeleteProgram(code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (etag: string | null) => deleteProgram(code, etag),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: catalogueKeys.program(code) });
      void queryClient.invalidateQueries({ queryKey: catalogueKeys.programs() });
    },
  });
}
