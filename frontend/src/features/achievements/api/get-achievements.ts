import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { components, paths } from '@/api/schema';
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

/** Paged by indicator: the dashboard asks for the largest page, which holds a province's catalogue. */
export function getAchievements(query: AchievementQuery): Promise<AchievementReport> {
  return unwrap(apiClient.GET('/api/v1/achievements', { params: { query: { size: 500, ...query } } }));
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

/** Program names for the headings (the catalogue is small: one page holds it). */
export function useProgramNames() {
  return useQuery({
    queryKey: achievementKeys.programs(),
    queryFn: () => unwrap(apiClient.GET('/api/v1/programs', { params: { query: { size: 500, sort: 'code' } } })),
    select: (page) => new Map(page.items.map((program) => [program.code, program.name])),
    staleTime: 5 * 60_000,
  });
}
