import type { Indicator, TargetProposal, TargetRound, TargetRoundComparison } from '../api/types';

/** The indicators a regency or city proposes: active ones the province does not report itself. */
export function regionIndicators(indicators: Indicator[]): Indicator[] {
  return indicators.filter((indicator) => indicator.active && indicator.regionAggregation !== 'PROVINCE_REPORTED');
}

/** The years shown as context: the three before the round's year, oldest first. */
export function historyYears(year: number, count = 3): number[] {
  return Array.from({ length: count }, (_, index) => year - count + index);
}

/**
 * Whether a region may still change its proposal: a returned one until approval,
 * any other one while the round is open, before its deadline, and not yet reviewed.
 */
export function isProposalEditable(round: TargetRound, proposal: TargetProposal | undefined, today: string): boolean {
  if (round.status === 'APPROVED') return false;
  if (proposal?.status === 'RETURNED') return true;
  if (round.status !== 'OPEN' || today > round.deadline) return false;
  return proposal === undefined || proposal.status === 'PROPOSED';
}

export type ComparisonCheck = 'matches' | 'differs' | 'incomplete' | 'notApplicable';

/** Whether the regions' rolled-up value agrees with the province's own. */
export function comparisonCheck(row: TargetRoundComparison): { check: ComparisonCheck; difference?: number } {
  if (row.rule === 'PROVINCE_REPORTED') return { check: 'notApplicable' };
  if (row.provinceValue == null || row.regionsValue == null) return { check: 'incomplete' };
  const difference = row.regionsValue - row.provinceValue;
  if (Math.abs(difference) < 1e-9) return { check: 'matches' };
  return { check: 'differs', difference };
}

