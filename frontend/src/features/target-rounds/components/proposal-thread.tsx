import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/features/auth';
import { CommentThread } from '@/features/comments';
import { can } from '@/lib/authorization';
import type { ProposalKey } from '../api/types';

export const PROPOSAL_THREAD_ID = 'proposal-thread';

export const sameProposal = (a: ProposalKey | null | undefined, b: ProposalKey) =>
  !!a && a.year === b.year && a.indicatorCode === b.indicatorCode && a.regionCode === b.regionCode;

/** The discussion of one proposal between its region and the province; the ministry reads along. */
export function ProposalThread({ proposal, indicatorName, regionName }: {
  proposal: ProposalKey;
  indicatorName: string;
  regionName: string;
}) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  return (
    <CommentThread
      key={`${proposal.year}|${proposal.indicatorCode}|${proposal.regionCode}`}
      id={PROPOSAL_THREAD_ID}
      thread={{ kind: 'proposal', ...proposal }}
      username={user?.username}
      canWrite={can(user, 'comment')}
      title={t('targetRounds.thread.title', { indicator: indicatorName, region: regionName })}
      reveal
    />
  );
}
