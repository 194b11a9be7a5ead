import { describe, expect, it } from 'vitest';
import { proposal, round } from '../test/fixtures';
import { historyYears, isProposalEditable } from './proposal-rules';

describe('proposal rules', () => {
  it('lets a region edit while open and before the deadline, and a returned proposal until approval', () => {
    const open = round();
    expect(isProposalEditable(open, undefined, '2026-12-31')).toBe(true);
    expect(isProposalEditable(open, undefined, '2027-01-01')).toBe(false);
    expect(isProposalEditable(open, proposal('a', '61.01', 1, { status: 'ACCEPTED' }), '2026-11-01')).toBe(false);
    const review = round({ status: 'UNDER_REVIEW' });
    expect(isProposalEditable(review, proposal('a', '61.01', 1), '2026-11-01')).toBe(false);
    expect(isProposalEditable(review, proposal('a', '61.01', 1, { status: 'RETURNED' }), '2027-01-05')).toBe(true);
    expect(isProposalEditable(round({ status: 'APPROVED' }), proposal('a', '61.01', 1, { status: 'RETURNED' }), '2026-11-01')).toBe(
      false,
    );
  });

  it('shows the three years before the round', () => {
    expect(historyYears(2027)).toEqual([2024, 2025, 2026]);
  });
});
