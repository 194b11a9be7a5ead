import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type TargetRound = Schemas['TargetRound'];
export type TargetRoundComparison = Schemas['TargetRoundComparison'];
export type TargetProposal = Schemas['TargetProposal'];
export type TargetProposalInput = Schemas['TargetProposalInput'];
export type ProposalStatus = Schemas['ProposalStatus'];
export type ProposalFlag = Schemas['ProposalFlag'];
export type RoundStatus = Schemas['RoundStatus'];
export type Indicator = Schemas['Indicator'];

export const PROPOSAL_STATUSES: readonly ProposalStatus[] = ['PROPOSED', 'ACCEPTED', 'ADJUSTED', 'RETURNED'];
export const PROPOSAL_FLAGS: readonly ProposalFlag[] = [
  'FAR_FROM_SUGGESTION',
  'BELOW_LAST_REALIZATION',
  'ABOVE_LAST_REALIZATION',
];

/** The province proposes its own indicators (and may propose for any region). */
export const PROVINCE_CODE = '61';

/** The largest page the API allows: a round holds at most 15 regions × a few dozen indicators. */
export const MAX_PAGE_SIZE = 500;

export interface ProposalKey {
  year: number;
  indicatorCode: string;
  regionCode: string;
}

export const targetRoundKeys = {
  all: ['target-rounds'] as const,
  list: () => [...targetRoundKeys.all, 'list'] as const,
  round: (year: number) => [...targetRoundKeys.all, 'round', year] as const,
  proposals: (year: number) => [...targetRoundKeys.all, 'proposals', year] as const,
  proposalList: (year: number, query: object) => [...targetRoundKeys.proposals(year), query] as const,
  indicators: () => [...targetRoundKeys.all, 'indicators'] as const,
  findings: (region: string) => [...targetRoundKeys.all, 'findings', region] as const,
};
