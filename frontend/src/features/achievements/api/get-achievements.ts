import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
import { MAX_PAGE_SIZE, readAllPages } from '@/lib/all-pages';
import { apiClient, unwrap } from '@/lib/api-client';

type Schemas = components['schemas'];
export type AchievementReport = Schemas['AchievementReport'];
export type AchievementRow = Schemas['AchievementRow'];
export type AchievementLevel = Schemas['AchievementLevel'];
export type AchievementIndicator = Schemas['AchievementIndicator'];
export type AchievementStatus = Schemas['AchievementStatus'];
export type Rating = Schemas['Rating'];
export type RatingBand = Schemas['RatingBand'];
export type AchievementBasis = Schemas['AchievementBasis'];
export type AchievementQuery = paths['/api/v1/achievements']['get']['parameters']['query'];

export const achievementKeys = {
  all: ['achievements'] as const,
  report: (query: AchievementQuery) => [...achievementKeys.all, 'report', query] as const,
  programs: () => [...achievementKeys.all, 'programs'] as const,
};

/**
 * The whole report: it is paged by indicator, and a catalogue longer than a page is read page after
 * page (the rest at once after the first), its indicators, rows and roll-ups joined in order.
 */
export async function getAchievements(query: AchievementQuery): Promise<AchievementReport> {
  const readPage = (page: number) =>
    unwrap(apiClient.GET('/api/v1/achievements', { params: { query: { size: MAX_PAGE_SIZE, ...query, page } } }));
  const first = await readPage(0);
  const size = first.indicators.length;
  if (size === 0 || size >= first.total) return first;
  const pages = Math.ceil(first.total / size);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => readPage(index + 1)));
  const all = [first, ...rest];
  return {
    ...first,
    size: first.total,
    indicators: all.flatMap((page) => page.indicators),
    items: all.flatMap((page) => page.items),
    rollup: all.flatMap((page) => page.rollup),
  };
}

export function useAchievements(query: AchievementQuery, enabled = true) {
  return useQuery({
    queryKey: achievementKeys.report(query),
    queryFn: () => getAchievements(query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One report per year, for trends. */
export function useAchievementYears(years: number[], query: Omit<AchievementQuery, 'year'>, enabled = true) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: achievementKeys.report({ ...query, year }),
      queryFn: () => getAchievements({ ...query, year }),
      enabled,
    })),
  });
}

/** Program names for the headings. */
export function useProgramNames() {
  return useQuery({
    queryKey: achievementKeys.programs(),
    queryFn: () =>
      readAllPages((page) =>
        unwrap(apiClient.GET('/api/v1/programs', { params: { query: { page, size: MAX_PAGE_SIZE, sort: 'code' } } })),
      ),
    select: (programs) => new Map(programs.map((program) => [program.code, program.name])),
    staleTime: 5 * 60_000,
  });
}
