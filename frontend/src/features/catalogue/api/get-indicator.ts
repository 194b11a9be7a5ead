import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { type Indicator, type Versioned, catalogueKeys } from './types';
import { unwrapVersioned } from '@/lib/versioned';

export function getIndicator(code: string): Promise<Versioned<Indicator>> {
  return unwrapVersioned(apiClient.GET('/api/v1/indicators/{code}', { params: { path: { code } } }));
}

export function useIndicator(code: string) {
  return useQuery({
    queryKey: catalogueKeys.indicator(code),
    queryFn: () => getIndicator(code),
  });
}
