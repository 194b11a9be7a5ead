import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { type Program, type Versioned, catalogueKeys } from './types';
import { unwrapVersioned } from '@/lib/versioned';

export function getProgram(code: string): Promise<Versioned<Program>> {
  return unwrapVersioned(apiClient.GET('/api/v1/programs/{code}', { params: { path: { code } } }));
}

export function useProgram(code: string | undefined) {
  return useQuery({
    queryKey: catalogueKeys.program(code ?? ''),
    queryFn: () => getProgram(code as string),
    enabled: Boolean(code),
  });
}
