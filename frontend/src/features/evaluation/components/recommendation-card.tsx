import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useAddFollowUp, useFollowUps } from '../api/recommendations';
import type { Recommendation } from '../api/types';
import { OverdueBadge, RecommendationStatusBadge } from './badges';
import { FollowUpForm } from './follow-up-form';
import { FollowUpTimeline } from './follow-up-timeline';
import { formatDate } from './format';
import { regionName } from './use-region-names';

interface RecommendationCardProps {
  recommendation: Recommendation;
  regionNames: ReadonlyMap<string, string>;
  canFollowUp: boolean;
}

export function RecommendationCard({ recommendation, regionNames, canFollowUp }: RecommendationCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const followUps = useFollowUps(recommendation.id);
  const addFollowUp = useAddFollowUp(recommendation.id);
  const [adding, setAdding] = useState(false);
  const [formKey, setFormKey] = useState(0);

  const owner =
    recommendation.responsibleLevel === 'REGENCY'
      ? regionName(recommendation.responsibleRegionCode, regionNames)
      : t(`evaluation.enums.responsibleLevel.${recommendation.responsibleLevel}`);

  return (
    <article
      className={['recommendation-card', recommendation.overdue ? 'is-overdue' : ''].filter(Boolean).join(' ')}
      aria-labelledby={`recommendation-${recommendation.id}`}
      data-recommendation-id={recommendation.id}
    >
      <header className="recommendation-header">
        <p id={`recommendation-${recommendation.id}`} className="recommendation-text">
          {recommendation.text}
        </p>
        <p className="recommendation-badges">
          <RecommendationStatusBadge status={recommendation.status} />
          <OverdueBadge overdue={recommendation.overdue} />
        </p>
      </header>
      <p className="recommendation-meta">
        <span>{t('evaluation.recommendation.responsible', { owner })}</span>
        <span className={recommendation.overdue ? 'overdue-text' : undefined}>
          {t('evaluation.recommendation.due', { date: formatDate(recommendation.dueDate, language, t) })}
        </span>
      </p>
      {recommendation.statusReason && (
        <p className="muted">{t('evaluation.recommendation.reason', { reason: recommendation.statusReason })}</p>
      )}

      <section className="recommendation-history" aria-label={t('evaluation.recommendation.history')}>
        <h4>{t('evaluation.recommendation.history')}</h4>
        {followUps.isPending && <Loading />}
        {followUps.isError && <ErrorBanner error={followUps.error} onRetry={() => void followUps.refetch()} />}
        {followUps.data && <FollowUpTimeline followUps={followUps.data} />}
      </section>

      {addFollowUp.isSuccess && !adding && <NoticeBanner>{t('evaluation.messages.followUpAdded')}</NoticeBanner>}
      {canFollowUp &&
        (adding ? (
          <FollowUpForm
            key={formKey}
            submitting={addFollowUp.isPending}
            error={addFollowUp.error}
            onSubmit={(input) =>
              addFollowUp.mutate(input, {
                onSuccess: () => {
                  setAdding(false);
                  setFormKey((key) => key + 1);
                },
              })
            }
            onCancel={() => {
              addFollowUp.reset();
              setAdding(false);
            }}
          />
        ) : (
          <button
            type="button"
            className="button button-secondary no-print"
            onClick={() => {
              addFollowUp.reset();
              setAdding(true);
            }}
          >
            {t('evaluation.followUp.add')}
          </button>
        ))}
    </article>
  );
}
