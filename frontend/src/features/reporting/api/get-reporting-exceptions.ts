import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { MAX_PAGE_SIZE, reportingKeys } from './types';

/** Deadline exceptions an administrator granted a region for a period. */
/** The region's exceptions: of one period, or of every period when none is given. */
export function useReportingExceptions(region: string, period?: string, options: { enabled?: boolean } = {}) {
  const query = { region, period };
  return useQuery({
    queryKey: reportingKeys.exceptions(query),
    queryFn: () =>
      unwrap(apiClient.GET('/api/v1/reporting-exceptions', { params: { query: { ...query, size: MAX_PAGE_SIZE } } })),
    enabled: options.enabled ?? true,
  });
}
