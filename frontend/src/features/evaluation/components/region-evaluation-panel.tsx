import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useFindings } from '../api/findings';
import { getRecommendations } from '../api/recommendations';
import { evaluationKeys } from '../api/types';
import { OverdueBadge, RecommendationStatusBadge, SeverityBadge } from './badges';
import { formatDate } from './format';
import { regionName, useRegionNames } from './use-region-names';
import '../evaluation.css';

/**
 * For one region: its open findings and the recommendations on its findings that are past
 * due. Meant to sit on any page about a region.
 */
export function RegionEvaluationPanel({ regionCode }: { regionCode: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const names = useRegionNames();
  const open = useFindings({ region: regionCode, status: 'OPEN' });
  const overdueFindings = (open.data?.items ?? []).filter((finding) => finding.overdue);
  // Only findings with an overdue recommendation need their recommendations read.
  const recommendations = useQueries({
    queries: overdueFindings.map((finding) => ({
      queryKey: evaluationKeys.recommendations(finding.id),
      queryFn: () => getRecommendations(finding.id),
    })),
  });
  const overdue = overdueFindings.flatMap((finding, index) =>
    (recommendations[index]?.data ?? [])
      .filter((recommendation) => recommendation.overdue)
      .map((recommendation) => ({ finding, recommendation })),
  );
  const failed = recommendations.find((query) => query.isError);
  const headingId = `region-evaluation-${regionCode}`;

  return (
    <section className="region-evaluation-panel" aria-labelledby={headingId}>
      <header className="section-header">
        <h2 id={headingId}>
          {t('evaluation.panel.title')} · {regionName(regionCode, names)}
        </h2>
        <Link to={`/findings?region=${encodeURIComponent(regionCode)}`}>{t('evaluation.panel.allFindings')}</Link>
      </header>
      {open.isPending && <Loading />}
      {open.isError && <ErrorBanner error={open.error} onRetry={() => void open.refetch()} />}
      {open.data && (
        <div className="panel-columns">
          <div>
            <h3>
              {t('evaluation.panel.openFindings')} <span className="board-count">{open.data.total}</span>
            </h3>
            {open.data.items.length === 0 ? (
              <p className="muted">{t('evaluation.panel.noOpenFindings')}</p>
            ) : (
              <ul className="panel-list" aria-label={t('evaluation.panel.openFindings')}>
                {open.data.items.map((finding) => (
                  <li key={finding.id}>
                    <Link to={`/findings/${finding.id}`}>{finding.title}</Link>{' '}
                    <SeverityBadge severity={finding.severity} /> <OverdueBadge overdue={finding.overdue} />
                    <span className="muted"> · {t(`evaluation.enums.category.${finding.category}`)}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>
              {t('evaluation.panel.overdueRecommendations')} <span className="board-count">{overdue.length}</span>
            </h3>
            {failed && <ErrorBanner error={failed.error} />}
            {recommendations.some((query) => query.isPending) ? (
              <Loading />
            ) : overdue.length === 0 ? (
              <p className="muted">{t('evaluation.panel.noOverdue')}</p>
            ) : (
              <ul className="panel-list" aria-label={t('evaluation.panel.overdueRecommendations')}>
                {overdue.map(({ finding, recommendation }) => (
                  <li key={recommendation.id}>
                    <span>{recommendation.text}</span>{' '}
                    <RecommendationStatusBadge status={recommendation.status} />{' '}
                    <span className="overdue-text">
                      {t('evaluation.recommendation.due', { date: formatDate(recommendation.dueDate, language, t) })}
                    </span>
                    <br />
                    <Link to={`/findings/${finding.id}`} className="muted">
                      {t('evaluation.panel.forFinding', { title: finding.title })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
