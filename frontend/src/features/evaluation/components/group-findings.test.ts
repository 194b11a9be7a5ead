import { describe, expect, it } from 'vitest';
import { finding } from '../test/fixtures';
import { boardColumn, groupFindings } from './group-findings';

describe('the findings board', () => {
  it('places a finding by where its follow-up stands', () => {
    expect(boardColumn(finding('a', { recommendationCount: 0 }))).toBe('NO_RECOMMENDATION');
    expect(boardColumn(finding('b', { recommendationCount: 2 }))).toBe('IN_FOLLOW_UP');
    expect(boardColumn(finding('c', { recommendationCount: 1, overdue: true }))).toBe('OVERDUE');
    expect(boardColumn(finding('d', { status: 'CLOSED' }))).toBe('CLOSED');
  });

  it('puts a closed finding with its recommendations done under CLOSED, never under OVERDUE', () => {
    // The server clears overdue once closed; even if it did not, closed wins.
    expect(boardColumn(finding('e', { status: 'CLOSED', overdue: true }))).toBe('CLOSED');
  });

  it('groups every finding once, the most severe first, then the oldest', () => {
    const findings = [
      finding('low-old', { severity: 'LOW', foundOn: '2022-09-22' }),
      finding('high-new', { severity: 'HIGH', foundOn: '2023-09-21' }),
      finding('high-old', { severity: 'HIGH', foundOn: '2022-09-22' }),
      finding('none', { recommendationCount: 0 }),
      finding('late', { overdue: true }),
      finding('closed', { status: 'CLOSED' }),
    ];

    const groups = groupFindings(findings);

    expect(groups.IN_FOLLOW_UP.map((entry) => entry.id)).toEqual(['high-old', 'high-new', 'low-old']);
    expect(groups.NO_RECOMMENDATION.map((entry) => entry.id)).toEqual(['none']);
    expect(groups.OVERDUE.map((entry) => entry.id)).toEqual(['late']);
    expect(groups.CLOSED.map((entry) => entry.id)).toEqual(['closed']);
    expect(Object.values(groups).flat()).toHaveLength(findings.length);
  });
});
