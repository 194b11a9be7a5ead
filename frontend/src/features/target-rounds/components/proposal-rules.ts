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

/** Reads "12", "12,5" or "1.234,5" (Indonesian) and "12.5" (English); null when blank. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (!trimmed) return null;
  let normalised = trimmed;
  if (trimmed.includes(',')) normalised = trimmed.replace(/\./g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
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

/** A number as typed into an input: no grouping, the language's decimal mark. */
export function inputNumber(value: number | null | undefined, language: string): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return language === 'id' ? text.replace('.', ',') : text;
}
