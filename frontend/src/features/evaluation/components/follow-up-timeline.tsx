import { useTranslation } from 'react-i18next';
import type { FollowUp, RecommendationStatus } from '../api/types';
import { formatDate } from './format';

/** The actions taken on a recommendation, oldest first, as the server lists them. */
export function FollowUpTimeline({ followUps }: { followUps: readonly FollowUp[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  if (followUps.length === 0) return <p className="muted">{t('evaluation.recommendation.noFollowUps')}</p>;
  return (
    <ol className="timeline">
      {followUps.map((followUp) => (
        <li key={followUp.id} className="timeline-item">
          <p className="timeline-when">
            <time dateTime={followUp.date}>{formatDate(followUp.date, language, t)}</time>{' '}
            <span className="muted">{t('evaluation.followUp.by', { user: followUp.createdBy })}</span>
          </p>
          <p className="timeline-text">{followUp.description}</p>
          {followUp.status && (
            <p className={`timeline-status recommendation-${followUp.status.toLowerCase().replace('_', '-')}`}>
              {t('evaluation.followUp.movedTo', {
                status: t(`evaluation.enums.recommendationStatus.${followUp.status as RecommendationStatus}`),
              })}
            </p>
          )}
          {followUp.statusReason && (
            <p className="muted">{t('evaluation.recommendation.reason', { reason: followUp.statusReason })}</p>
          )}
          {followUp.evidenceUrl && (
            <p>
              <a href={followUp.evidenceUrl} target="_blank" rel="noreferrer noopener">
                {t('evaluation.followUp.evidence')}
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
