import { type CurrentUser, useCurrentUser } from '@/features/auth';
import type { Finding, Recommendation } from '../api/types';
import { can, canFollowUp as canFollowUpRegion } from '@/lib/authorization';

/** Meetings, agreements and recommendations are written by the province's administrator and verifiers. */
export function canManageEvaluation(user: CurrentUser | undefined): boolean {
  return can(user, 'manageEvaluation');
}

/** Everyone but the read-only ministry client records findings (operators for their own region). */
export function canRecordFinding(user: CurrentUser | undefined): boolean {
  return can(user, 'recordFinding');
}

/** Operators follow up their own region's findings and the recommendations addressed to their region. */
export function canFollowUp(user: CurrentUser | undefined, finding: Finding, recommendation: Recommendation): boolean {
  return canFollowUpRegion(user, {
    findingRegion: finding.regionCode,
    responsibleRegion: recommendation.responsibleRegionCode,
  });
}

export function useEvaluationUser() {
  const { data: user } = useCurrentUser();
  return { user, canManage: canManageEvaluation(user), canRecord: canRecordFinding(user) };
}
