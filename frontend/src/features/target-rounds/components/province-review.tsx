import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { SelectField } from '@/components/select-field';
import { CommentsButton, useCommentCounts } from '@/features/comments';
import type { Region } from '@/features/regions';
import { formatDecimal } from '@/lib/number-format';
import { type ReviewAction, useReviewProposal, useTargetProposals } from '../api/target-rounds';
import {
  type Indicator,
  PROPOSAL_STATUSES,
  type ProposalKey,
  type ProposalStatus,
  PROVINCE_CODE,
  type TargetProposal,
  type TargetRound,
} from '../api/types';
import { FlagList, ProposalStatusBadge } from './badges';
import { Suggestion } from './operator-proposals';
import { PROPOSAL_THREAD_ID, ProposalThread, sameProposal } from './proposal-thread';
import { ProvinceProposalForm } from './province-proposal-form';
import { ReviewDialog } from './review-dialog';
import { formatNumberInput } from '@/lib/numbers';

interface ProvinceReviewProps {
  round: TargetRound;
  indicators: Indicator[];
  regions: Region[];
  /** Accept, adjust or return; without it (the ministry) the proposals are shown to read. */
  canReview: boolean;
  /** A proposal whose discussion opens with the page (a link from a notification names it). */
  initialThread?: ProposalKey | null;
}

type Dialog = { kind: 'adjust' | 'return'; proposal: TargetProposal; regionName: string };

/** One indicator at a time, the regions as rows: flags, accept, adjust or return. */
export function ProvinceReview({ round, indicators, regions, canReview, initialThread = null }: ProvinceReviewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const opening = initialThread?.year === round.year ? initialThread : null;
  const [indicatorCode, setIndicatorCode] = useState(opening?.indicatorCode ?? indicators[0]?.code ?? '');
  const [thread, setThread] = useState<ProposalKey | null>(opening);
  const [flaggedOnly, setFlaggedOnly] = useState(false);
  const [status, setStatus] = useState<ProposalStatus | ''>('');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const review = useReviewProposal();
  const indicator = indicators.find((item) => item.code === indicatorCode);
  const proposals = useTargetProposals(
    round.year,
    { indicator: indicatorCode, flagged: flaggedOnly || undefined, status: status || undefined },
    { enabled: Boolean(indicatorCode) },
  );
  const flagged = useTargetProposals(round.year, { flagged: true });
  const flaggedCodes = new Set((flagged.data?.items ?? []).map((proposal) => proposal.indicatorCode));

  const nameOf = new Map(regions.map((region) => [region.code, region.name]));
  const reviewing = canReview && round.status !== 'APPROVED';
  const filtered = flaggedOnly || status !== '';
  const proposalOf = new Map((proposals.data?.items ?? []).map((proposal) => [proposal.regionCode, proposal]));
  const targetRegions = regions.filter((region) =>
    indicator?.regionAggregation === 'PROVINCE_REPORTED' ? region.code === PROVINCE_CODE : true,
  );
  const rows: { code: string; proposal?: TargetProposal }[] = filtered
    ? (proposals.data?.items ?? []).map((proposal) => ({ code: proposal.regionCode, proposal }))
    : targetRegions.map((region) => ({ code: region.code, proposal: proposalOf.get(region.code) }));
  const commentCount = useCommentCounts(
    rows.filter((row) => row.proposal).map((row) => ({ kind: 'proposal' as const, regionCode: row.code, year: round.year })),
  );
  const openThread = thread?.indicatorCode === indicatorCode && proposalOf.has(thread.regionCode) ? thread : null;

  function run(action: ReviewAction, regionName: string) {
    setNotice(null);
    setFailure(null);
    review.mutate(action, {
      onSuccess: () => {
        setDialog(null);
        const key =
          action.kind === 'accept' ? 'accepted' : action.kind === 'adjust' ? 'adjustedDone' : 'returnedDone';
        setNotice(t(`targetRounds.review.${key}`, { region: regionName }));
      },
      onError: (error) => {
        setDialog(null);
        setFailure(error);
      },
    });
  }

  const indicatorName = indicator?.name ?? indicatorCode;

  return (
    <div className="province-review">
      <p className="muted">{canReview ? t('targetRounds.review.intro') : t('targetRounds.review.readIntro')}</p>
      <div className="filter-bar">
        <SelectField
          label={t('targetRounds.review.indicator')}
          value={indicatorCode}
          onChange={(event) => setIndicatorCode(event.target.value)}
        >
          {indicators.map((item) => (
            <option key={item.code} value={item.code}>
              {flaggedCodes.has(item.code) ? '⚑ ' : ''}
              {item.code} · {item.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('targetRounds.review.status')}
          value={status}
          onChange={(event) => setStatus(event.target.value as ProposalStatus | '')}
        >
          <option value="">{t('targetRounds.review.allStatuses')}</option>
          {PROPOSAL_STATUSES.map((option) => (
            <option key={option} value={option}>
              {t(`targetRounds.proposalStatus.${option}`)}
            </option>
          ))}
        </SelectField>
        <label className="checkbox">
          <input type="checkbox" checked={flaggedOnly} onChange={(event) => setFlaggedOnly(event.target.checked)} />
          {t('targetRounds.review.flaggedOnly')}
        </label>
        {flagged.data && (
          <span className="muted small">{t('targetRounds.review.flaggedCount', { count: flagged.data.items.length })}</span>
        )}
      </div>

      {notice && <NoticeBanner>{notice}</NoticeBanner>}
      {failure !== null && <ErrorBanner error={failure} />}

      {proposals.isPending ? (
        <Loading />
      ) : proposals.isError ? (
        <ErrorBanner error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : rows.length === 0 ? (
        <p className="muted">{t('targetRounds.review.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table grid-table review-table">
            <caption className="visually-hidden">{t('targetRounds.review.caption', { indicator: indicatorName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targetRounds.review.column.region')}</th>
                <th scope="col" className="numeric">
                  {t('targetRounds.review.column.proposal')}
                </th>
                <th scope="col">{t('targetRounds.review.column.suggestion')}</th>
                <th scope="col">{t('targetRounds.review.column.flags')}</th>
                <th scope="col">{t('targetRounds.review.column.status')}</th>
                <th scope="col" className="numeric">
                  {t('targetRounds.review.column.agreed')}
                </th>
                {reviewing && <th scope="col">{t('targetRounds.review.column.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map(({ code, proposal }) => {
                const regionName = nameOf.get(code) ?? code;
                const key = { year: round.year, indicatorCode, regionCode: code };
                const label = (action: string) =>
                  t('targetRounds.review.actionLabel', { action, indicator: indicatorName, region: regionName });
                const hasFlags = (proposal?.flags.length ?? 0) > 0;
                return (
                  <tr
                    key={code}
                    className={[hasFlags ? 'row-flagged' : '', proposal?.status === 'RETURNED' ? 'row-returned' : '']
                      .filter(Boolean)
                      .join(' ') || undefined}
                  >
                    <th scope="row">
                      <span className="code muted small">{code}</span>
                      <div>{regionName}</div>
                      {proposal && (
                        <CommentsButton
                          count={commentCount({ kind: 'proposal', ...key })}
                          subject={t('targetRounds.thread.subject', { indicator: indicatorName, region: regionName })}
                          open={sameProposal(openThread, key)}
                          controls={PROPOSAL_THREAD_ID}
                          onClick={() => setThread(sameProposal(openThread, key) ? null : key)}
                        />
                      )}
                    </th>
                    <td className="numeric" data-label={t('targetRounds.review.column.proposal')}>
                      {formatDecimal(proposal?.value, language) ?? t('targetRounds.none')}
                      {proposal?.justification && <div className="muted small">{proposal.justification}</div>}
                    </td>
                    <td data-label={t('targetRounds.review.column.suggestion')}>
                      {proposal && <Suggestion value={proposal.suggestedValue} basis={proposal.suggestionBasis} />}
                    </td>
                    <td data-label={t('targetRounds.review.column.flags')}>
                      <FlagList flags={proposal?.flags} />
                    </td>
                    <td data-label={t('targetRounds.review.column.status')}>
                      <ProposalStatusBadge status={proposal?.status} />
                      {proposal?.reviewReason && <div className="muted small">{proposal.reviewReason}</div>}
                    </td>
                    <td className="numeric" data-label={t('targetRounds.review.column.agreed')}>
                      {proposal && proposal.status !== 'PROPOSED' && proposal.status !== 'RETURNED'
                        ? (formatDecimal(proposal.agreedValue, language) ?? t('targetRounds.none'))
                        : t('targetRounds.none')}
                    </td>
                    {reviewing && (
                      <td>
                        {code === PROVINCE_CODE && (
                          <ProvinceProposalForm
                            key={`${indicatorCode}|${proposal?.version ?? 'new'}`}
                            year={round.year}
                            indicatorCode={indicatorCode}
                            indicatorName={indicatorName}
                            proposal={proposal}
                          />
                        )}
                        {proposal && (
                          <div className="button-row">
                            <button
                              type="button"
                              className="button button-primary button-small"
                              aria-label={label(t('targetRounds.review.accept'))}
                              disabled={review.isPending || proposal.status === 'ACCEPTED'}
                              onClick={() => run({ kind: 'accept', key }, regionName)}
                            >
                              {t('targetRounds.review.accept')}
                            </button>
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={label(t('targetRounds.review.adjust'))}
                              disabled={review.isPending}
                              onClick={() => setDialog({ kind: 'adjust', proposal, regionName })}
                            >
                              {t('targetRounds.review.adjust')}
                            </button>
                            <button
                              type="button"
                              className="button button-danger-outline button-small"
                              aria-label={label(t('targetRounds.review.return'))}
                              disabled={review.isPending || proposal.status === 'RETURNED'}
                              onClick={() => setDialog({ kind: 'return', proposal, regionName })}
                            >
                              {t('targetRounds.review.return')}
                            </button>
                          </div>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}

      {openThread && (
        <ProposalThread
          proposal={openThread}
          indicatorName={indicatorName}
          regionName={nameOf.get(openThread.regionCode) ?? openThread.regionCode}
        />
      )}

      {dialog && (
        <ReviewDialog
          kind={dialog.kind}
          summary={t('targetRounds.review.dialog.summary', {
            indicator: indicatorName,
            region: dialog.regionName,
            value: formatDecimal(dialog.proposal.value, language),
          })}
          initialValue={formatNumberInput(dialog.proposal.value, language)}
          busy={review.isPending}
          onCancel={() => setDialog(null)}
          onConfirm={({ value, reason }) => {
            const key = { year: round.year, indicatorCode: dialog.proposal.indicatorCode, regionCode: dialog.proposal.regionCode };
            run(
              dialog.kind === 'adjust' ? { kind: 'adjust', key, value: value as number, reason } : { kind: 'return', key, reason },
              dialog.regionName,
            );
          }}
        />
      )}
    </div>
  );
}
