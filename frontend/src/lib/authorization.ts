import type { paths } from '@/api/schema';

/**
 * Who may do what in the dashboard, in one place. The server remains the judge of every
 * request; these answers decide which pages, menu entries and buttons a user is offered.
 */
export type User = paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json'];
export type Role = User['role'];

export type Action =
  /** Enter realizations (operators for their region, the administrator for any). */
  | 'report'
  /** Verify or return submitted realizations. */
  | 'verify'
  /** Load files of records (which kinds: the server lists each kind's loaders). */
  | 'import'
  /** Change programmes and indicators. */
  | 'manageCatalogue'
  /** Open target rounds and move them on. */
  | 'manageTargetRounds'
  /** Review the regions' target proposals. */
  | 'reviewTargets'
  /** Propose next year's targets for one's region. */
  | 'proposeTargets'
  /** Read every region's target proposals (the ministry reads them without reviewing). */
  | 'readAllProposals'
  /** Write in the discussion beside a record (the ministry reads discussions only). */
  | 'comment'
  /** Meetings, agreements, recommendations. */
  | 'manageEvaluation'
  /** Record findings. */
  | 'recordFinding'
  /** Reporting exceptions after a deadline are granted, not needed, by the administrator. */
  | 'reportAfterDeadline'
  /** Choose any region where a page works on one region's data. */
  | 'chooseAnyRegion';

const RULES: Record<Action, readonly Role[]> = {
  report: ['OPERATOR', 'ADMIN'],
  verify: ['VERIFIER', 'ADMIN'],
  import: ['ADMIN', 'VERIFIER', 'OPERATOR'],
  manageCatalogue: ['ADMIN'],
  manageTargetRounds: ['ADMIN'],
  reviewTargets: ['ADMIN', 'VERIFIER'],
  proposeTargets: ['OPERATOR'],
  readAllProposals: ['ADMIN', 'VERIFIER', 'MINISTRY'],
  comment: ['ADMIN', 'VERIFIER', 'OPERATOR'],
  manageEvaluation: ['ADMIN', 'VERIFIER'],
  recordFinding: ['ADMIN', 'VERIFIER', 'OPERATOR'],
  reportAfterDeadline: ['ADMIN'],
  chooseAnyRegion: ['ADMIN'],
};

/** Roles that read everything and write nothing. */
const READ_ONLY_ROLES: readonly Role[] = ['MINISTRY'];

export function can(user: Pick<User, 'role'> | null | undefined, action: Action): boolean {
  return !!user && RULES[action].includes(user.role);
}

export function isReadOnly(user: Pick<User, 'role'> | null | undefined): boolean {
  return !!user && READ_ONLY_ROLES.includes(user.role);
}

/** A regency or city operator: works only with its own region's data. */
export function isRegionBound(user: Pick<User, 'role'> | null | undefined): boolean {
  return user?.role === 'OPERATOR';
}

/** The region a user is bound to, or null when the user works across regions. */
export function ownRegion(user: Pick<User, 'role' | 'regionCode'> | null | undefined): string | null {
  return isRegionBound(user) ? (user?.regionCode ?? null) : null;
}

/** Operators follow up their own region's findings and the recommendations addressed to it. */
export function canFollowUp(
  user: Pick<User, 'role' | 'regionCode'> | null | undefined,
  regionCodes: { findingRegion: string; responsibleRegion?: string | null },
): boolean {
  if (can(user, 'manageEvaluation')) return true;
  const region = ownRegion(user);
  return !!region && (regionCodes.findingRegion === region || regionCodes.responsibleRegion === region);
}
