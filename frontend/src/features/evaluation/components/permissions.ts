import { type CurrentUser, useCurrentUser } from '@/features/auth/api/get-current-user';
import type { Finding, Recommendation } from '../api/types';

/** Meetings, agreements and recommendations are written by the province's administrator and verifiers. */
export function canManageEvaluation(user: CurrentUser | undefined): boolean {
  return user?.role === 'ADMIN' || user?.role === 'VERIFIER';
}

/** Everyone but the read-only ministry client records findings (operators for their own region). */
export function canRecordFinding(user: CurrentUser | undefined): boolean {
  return canManageEvaluation(user) || user?.role === 'OPERATOR';
}

/** Operators follow up their own region's findings and the recommendations addressed to their region. */
export function canFollowUp(user: CurrentUser | undefined, finding: Finding, recommendation: Recommendation): boolean {
  if (canManageEvaluation(user)) return true;
  if (user?.role !== 'OPERATOR' || !user.regionCode) return false;
  return finding.regionCode === user.regionCode || recommendation.responsibleRegionCode === user.regionCode;
}

export function useEvaluationUser() {
  const { data: user } = useCurrentUser();
  return { user, canManage: canManageEvaluation(user), canRecord: canRecordFinding(user) };
}
