import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { getAchievements } from '@/features/achievements';
import { apiClient, unwrap } from '@/lib/api-client';
import {
  MAX_PAGE_SIZE,
  type ProposalKey,
  type ProposalStatus,
  type TargetProposal,
  type TargetProposalInput,
  type TargetRound,
  targetRoundKeys,
} from './types';

export function useTargetRounds() {
  return useQuery({
    queryKey: targetRoundKeys.list(),
    queryFn: () => unwrap(apiClient.GET('/api/v1/target-rounds')),
  });
}

export function useTargetRound(year: number) {
  return useQuery({
    queryKey: targetRoundKeys.round(year),
    queryFn: () => unwrap(apiClient.GET('/api/v1/target-rounds/{year}', { params: { path: { year } } })),
  });
}

export interface ProposalQuery {
  indicator?: string;
  region?: string;
  status?: ProposalStatus;
  flagged?: boolean;
}

export function useTargetProposals(year: number, query: ProposalQuery = {}, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: targetRoundKeys.proposalList(year, query),
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/v1/target-rounds/{year}/proposals', {
          params: { path: { year }, query: { ...query, size: MAX_PAGE_SIZE } },
        }),
      ),
    enabled: options.enabled ?? true,
  });
}

/** The active indicators, whole catalogue in one page. */
export function useActiveIndicators() {
  return useQuery({
    queryKey: targetRoundKeys.indicators(),
    queryFn: () =>
      unwrap(apiClient.GET('/api/v1/indicators', { params: { query: { size: MAX_PAGE_SIZE, active: true, sort: 'code' } } })),
    staleTime: 5 * 60_000,
  });
}

/** A region's open findings, to count them per indicator. */
export function useOpenFindings(region: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: targetRoundKeys.findings(region),
    queryFn: () =>
      unwrap(apiClient.GET('/api/v1/findings', { params: { query: { region, status: 'OPEN', size: MAX_PAGE_SIZE } } })),
    enabled: options.enabled ?? true,
  });
}

/** The achievement reports of a region for the years before the round. */
export function usePastAchievements(region: string, years: number[]) {
  return useQueries({
    queries: years.map((year) => ({
      queryKey: ['achievements', 'report', { year, region }],
      queryFn: () => getAchievements({ year, region }),
      staleTime: 5 * 60_000,
    })),
  });
}

const proposalPath = ({ year, indicatorCode, regionCode }: ProposalKey) => ({ year, indicatorCode, regionCode });

export function saveProposal(key: ProposalKey, input: TargetProposalInput): Promise<TargetProposal> {
  return unwrap(
    apiClient.PUT('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}', {
      params: { path: proposalPath(key) },
      body: input,
    }),
  );
}

export function acceptProposal(key: ProposalKey): Promise<TargetProposal> {
  return unwrap(
    apiClient.POST('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/accept', {
      params: { path: proposalPath(key) },
    }),
  );
}

export function adjustProposal(key: ProposalKey, value: number, reason: string): Promise<TargetProposal> {
  return unwrap(
    apiClient.POST('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/adjust', {
      params: { path: proposalPath(key) },
      body: { value, reason },
    }),
  );
}

export function returnProposal(key: ProposalKey, reason: string): Promise<TargetProposal> {
  return unwrap(
    apiClient.POST('/api/v1/target-rounds/{year}/proposals/{indicatorCode}/{regionCode}/return', {
      params: { path: proposalPath(key) },
      body: { reason },
    }),
  );
}

function useInvalidateRound() {
  const queryClient = useQueryClient();
  return (year: number) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: targetRoundKeys.proposals(year) }),
      queryClient.invalidateQueries({ queryKey: targetRoundKeys.round(year) }),
      queryClient.invalidateQueries({ queryKey: targetRoundKeys.list() }),
    ]);
}

export function useSaveProposal() {
  const invalidate = useInvalidateRound();
  return useMutation({
    mutationFn: ({ key, input }: { key: ProposalKey; input: TargetProposalInput }) => saveProposal(key, input),
    onSettled: (_data, _error, { key }) => invalidate(key.year),
  });
}

export type ReviewAction =
  | { kind: 'accept'; key: ProposalKey }
  | { kind: 'adjust'; key: ProposalKey; value: number; reason: string }
  | { kind: 'return'; key: ProposalKey; reason: string };

export function useReviewProposal() {
  const invalidate = useInvalidateRound();
  return useMutation({
    mutationFn: (action: ReviewAction) => {
      if (action.kind === 'accept') return acceptProposal(action.key);
      if (action.kind === 'adjust') return adjustProposal(action.key, action.value, action.reason);
      return returnProposal(action.key, action.reason);
    },
    onSettled: (_data, _error, action) => invalidate(action.key.year),
  });
}

export function useOpenRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { year: number; deadline: string }) =>
      unwrap(apiClient.POST('/api/v1/target-rounds', { body: input })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetRoundKeys.all }),
  });
}

/** Moves a round on: OPEN → UNDER_REVIEW ("review"), UNDER_REVIEW → APPROVED ("approve"). */
export function useAdvanceRound() {
  const invalidate = useInvalidateRound();
  return useMutation({
    mutationFn: ({ year, step }: { year: number; step: 'review' | 'approve' }): Promise<TargetRound> =>
      step === 'review'
        ? unwrap(apiClient.POST('/api/v1/target-rounds/{year}/review', { params: { path: { year } } }))
        : unwrap(apiClient.POST('/api/v1/target-rounds/{year}/approve', { params: { path: { year } } })),
    onSettled: (_data, _error, { year }) => invalidate(year),
  });
}
