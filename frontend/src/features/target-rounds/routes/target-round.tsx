import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { ApiError } from '@/lib/errors';
import { formatDate, formatInstant } from '@/lib/number-format';
import { todayIso } from '@/lib/periods';
import { useActiveIndicators, useAdvanceRound, useTargetRound } from '../api/target-rounds';
import { PROVINCE_CODE, type TargetRound } from '../api/types';
import { RoundStatusBadge } from '../components/badges';
import { ComparisonTable } from '../components/comparison-table';
import { OperatorProposals } from '../components/operator-proposals';
import { ProvinceReview } from '../components/province-review';
import '../target-rounds.css';
import { can } from '@/lib/authorization';

export function TargetRoundRoute({ today }: { today?: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const year = Number(useParams().year);
  const { data: user, isPending: userPending } = useCurrentUser();
  const round = useTargetRound(year);
  const regions = useRegions();
  const indicators = useActiveIndicators();
  const day = today ?? todayIso();
  const reviewer = can(user, 'reviewTargets');
  // A link to a proposal's discussion (a notification) names it: ?indicator=…&region=…
  const [params] = useSearchParams();
  const threadIndicator = params.get('indicator');
  const threadRegion = params.get('region');
  const initialThread =
    threadIndicator && threadRegion ? { year, indicatorCode: threadIndicator, regionCode: threadRegion } : null;

  let body: ReactNode;
  if (userPending || round.isPending || regions.isPending || indicators.isPending) {
    body = <Loading />;
  } else if (round.isError) {
    body =
      round.error instanceof ApiError && round.error.status === 404 ? (
        <p className="banner banner-notice">{t('targetRounds.round.notFound', { year })}</p>
      ) : (
        <ErrorBanner error={round.error} onRetry={() => void round.refetch()} />
      );
  } else if (regions.isError || indicators.isError) {
    const failed = regions.isError ? regions : indicators;
    body = <ErrorBanner error={failed.error} onRetry={() => void failed.refetch()} />;
  } else {
    const data = round.data;
    const regionList = regions.data.items;
    const regionTotal = regionList.filter((region) => region.code !== PROVINCE_CODE).length;
    body = (
      <>
        <RoundSummary round={data} isAdmin={can(user, 'manageTargetRounds')} />
        {can(user, 'readAllProposals') ? (
          <>
            <section className="detail-section">
              <h2>{t('targetRounds.comparison.title')}</h2>
              <ComparisonTable rows={data.comparison} indicators={indicators.data.items} regionTotal={regionTotal} />
            </section>
            <ProvinceReview
              round={data}
              indicators={indicators.data.items}
              regions={regionList}
              canReview={reviewer}
              initialThread={initialThread}
            />
          </>
        ) : can(user, 'proposeTargets') ? (
          user?.regionCode ? (
            <OperatorProposals
              round={data}
              regionCode={user.regionCode}
              regionName={regionList.find((region) => region.code === user.regionCode)?.name ?? user.regionCode}
              today={day}
              initialThread={initialThread}
            />
          ) : (
            <p className="muted">{t('targetRounds.round.noRegion')}</p>
          )
        ) : (
          <section className="detail-section">
            <h2>{t('targetRounds.comparison.title')}</h2>
            <ComparisonTable rows={data.comparison} indicators={indicators.data.items} regionTotal={regionTotal} />
          </section>
        )}
      </>
    );
  }

  return (
    <section className="page page-wide">
      <p className="breadcrumb">
        <Link to="/target-rounds">{t('targetRounds.backToRounds')}</Link>
      </p>
      <header className="page-header">
        <div>
          <h1>{t('targetRounds.roundTitle', { year })}</h1>
          {round.data && (
            <p className="muted">
              <RoundStatusBadge status={round.data.status} />{' '}
              {t('targetRounds.round.deadline', { date: formatDate(round.data.deadline, language) })} ·{' '}
              {t('targetRounds.round.proposals', { count: round.data.proposalCount })}
            </p>
          )}
        </div>
      </header>
      {body}
    </section>
  );
}

function RoundSummary({ round, isAdmin }: { round: TargetRound; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const advance = useAdvanceRound();
  const [confirming, setConfirming] = useState<'review' | 'approve' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const step = round.status === 'OPEN' ? 'review' : round.status === 'UNDER_REVIEW' ? 'approve' : null;

  function go(next: 'review' | 'approve') {
    setNotice(null);
    advance.mutate(
      { year: round.year, step: next },
      {
        onSuccess: () => {
          setConfirming(null);
          setNotice(
            next === 'review' ? t('targetRounds.round.reviewStarted') : t('targetRounds.round.approved', { year: round.year }),
          );
        },
        onError: () => setConfirming(null),
      },
    );
  }

  return (
    <div className="round-summary">
      {round.status === 'APPROVED' && (
        <div className="banner banner-notice round-approved" role="status">
          {t('targetRounds.round.approvedBanner', { year: round.year })}{' '}
          {round.approvedBy &&
            round.approvedAt &&
            t('targetRounds.round.approvedBy', { user: round.approvedBy, date: formatInstant(round.approvedAt, language) })}
        </div>
      )}
      {notice && <NoticeBanner>{notice}</NoticeBanner>}
      {advance.isError && <ErrorBanner error={advance.error} />}
      {isAdmin && step && (
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={advance.isPending}
            onClick={() => setConfirming(step)}
          >
            {step === 'review' ? t('targetRounds.round.startReview') : t('targetRounds.round.approve')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="dialog-backdrop">
          <div
            className="dialog"
            role="dialog"
            aria-modal="true"
            aria-labelledby="round-confirm-title"
            onKeyDown={(event) => event.key === 'Escape' && setConfirming(null)}
          >
            <h2 id="round-confirm-title">
              {confirming === 'review'
                ? t('targetRounds.round.confirmReviewTitle')
                : t('targetRounds.round.confirmApproveTitle', { year: round.year })}
            </h2>
            <p>
              {confirming === 'review'
                ? t('targetRounds.round.confirmReview')
                : t('targetRounds.round.confirmApprove', { year: round.year })}
            </p>
            <div className="form-actions dialog-actions">
              <button
                type="button"
                className="button button-primary"
                disabled={advance.isPending}
                onClick={() => go(confirming)}
              >
                {t('targetRounds.round.confirm')}
              </button>
              <button type="button" className="button button-secondary" onClick={() => setConfirming(null)}>
                {t('targetRounds.round.cancel')}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
