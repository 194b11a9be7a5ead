import type { Finding } from '../api/types';

/** Where a finding's follow-up stands: the columns of the findings board, left to right. */
export type BoardColumn = 'NO_RECOMMENDATION' | 'IN_FOLLOW_UP' | 'OVERDUE' | 'CLOSED';

export const BOARD_COLUMNS: readonly BoardColumn[] = ['NO_RECOMMENDATION', 'IN_FOLLOW_UP', 'OVERDUE', 'CLOSED'];

/**
 * Closed findings (every recommendation done or not actionable) go to CLOSED whatever else
 * is true; an open finding without recommendations waits for one; an open finding with a
 * recommendation past due is OVERDUE; the rest are being followed up.
 */
export function boardColumn(finding: Pick<Finding, 'status' | 'overdue' | 'recommendationCount'>): BoardColumn {
  if (finding.status === 'CLOSED') return 'CLOSED';
  if (finding.recommendationCount === 0) return 'NO_RECOMMENDATION';
  if (finding.overdue) return 'OVERDUE';
  return 'IN_FOLLOW_UP';
}

const SEVERITY_ORDER = { HIGH: 0, MEDIUM: 1, LOW: 2 } as const;

/** Findings per column; within a column the most severe first, then the oldest. */
export function groupFindings(findings: readonly Finding[]): Record<BoardColumn, Finding[]> {
  const groups: Record<BoardColumn, Finding[]> = {
    NO_RECOMMENDATION: [],
    IN_FOLLOW_UP: [],
    OVERDUE: [],
    CLOSED: [],
  };
  for (const finding of findings) groups[boardColumn(finding)].push(finding);
  for (const column of BOARD_COLUMNS) {
    groups[column].sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.foundOn.localeCompare(b.foundOn) ||
        a.title.localeCompare(b.title),
    );
  }
  return groups;
}
