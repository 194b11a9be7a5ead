import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { todayIso } from '@/lib/periods';
import { achievementKeys } from './get-achievements';

/** The latest year with a reported value the caller may read, or null when there is none. */
export async function getLatestReportedYear(): Promise<number | null> {
  const page = await unwrap(apiClient.GET('/api/v1/realizations', { params: { query: { sort: '-period', size: 1 } } }));
  const period = page.items[0]?.period;
  return period ? Number(period.slice(0, 4)) : null;
}

/**
 * The year an achievement page shows: the one in its address, else the latest year with data (a new
 * year stays empty for months), else this year. Not ready while the latest year is being looked up,
 * so a page does not fetch a year it is about to leave.
 */
export function useShownYear(requested: string | null): { year: number; ready: boolean } {
  const asked = Number(requested);
  const latest = useQuery({
    queryKey: [...achievementKeys.all, 'latest-year'],
    queryFn: getLatestReportedYear,
    enabled: !asked,
    staleTime: 5 * 60_000,
  });
  if (asked) return { year: asked, ready: true };
  return { year: latest.data ?? Number(todayIso().slice(0, 4)), ready: !latest.isPending };
}
