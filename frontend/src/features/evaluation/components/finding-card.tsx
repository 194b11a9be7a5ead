import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding } from '../api/types';
import { OverdueBadge, SeverityBadge } from './badges';
import { formatDate } from './format';
import { regionName } from './use-region-names';

interface FindingCardProps {
  finding: Finding;
  regionNames: ReadonlyMap<string, string>;
}

export function FindingCard({ finding, regionNames }: FindingCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <article
      className={['finding-card', `severity-edge-${finding.severity.toLowerCase()}`, finding.overdue ? 'is-overdue' : '']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={`finding-${finding.id}`}
      data-finding-id={finding.id}
    >
      <p className="finding-card-region">{regionName(finding.regionCode, regionNames)}</p>
      <h3 id={`finding-${finding.id}`}>
        <Link to={`/findings/${finding.id}`}>{finding.title}</Link>
      </h3>
      <p className="finding-card-badges">
        <span className="eval-badge category">{t(`evaluation.enums.category.${finding.category}`)}</span>
        <SeverityBadge severity={finding.severity} />
        <OverdueBadge overdue={finding.overdue} />
      </p>
      <p className="finding-card-meta muted">
        {formatDate(finding.foundOn, language, t)} ·{' '}
        {t('evaluation.findings.board.recommendations', { count: finding.recommendationCount })}
      </p>
    </article>
  );
}
