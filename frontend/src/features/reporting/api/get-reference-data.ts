import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE, reportingKeys } from './types';

// The catalogue is a few dozen records: one page of the largest size holds it.
export function getIndicatorList() {
  return unwrap(apiClient.GET('/api/v1/indicators', { params: { query: { size: MAX_PAGE_SIZE, sort: 'code' } } }));
}

export function getProgramList() {
  return unwrap(apiClient.GET('/api/v1/programs', { params: { query: { size: MAX_PAGE_SIZE, sort: 'code' } } }));
}

export function useIndicatorList() {
  return useQuery({ queryKey: reportingKeys.indicators(), queryFn: getIndicatorList, staleTime: 5 * 60_000 });
}

export function useProgramList() {
  return useQuery({ queryKey: reportingKeys.programs(), queryFn: getProgramList, staleTime: 5 * 60_000 });
}
