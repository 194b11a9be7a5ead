import { useTranslation } from 'react-i18next';
import type { AgreementStatus, FindingStatus, RecommendationStatus, Severity } from '../api/types';

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return (
    <span className={`eval-badge severity-${severity.toLowerCase()}`}>
      {t(`evaluation.enums.severity.${severity}`)}
    </span>
  );
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`eval-badge finding-${status.toLowerCase()}`} data-status={status}>
      {t(`evaluation.enums.findingStatus.${status}`)}
    </span>
  );
}

export function RecommendationStatusBadge({ status }: { status: RecommendationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`eval-badge recommendation-${status.toLowerCase().replace('_', '-')}`} data-status={status}>
      {t(`evaluation.enums.recommendationStatus.${status}`)}
    </span>
  );
}

export function AgreementStatusBadge({ status }: { status: AgreementStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`eval-badge agreement-${status.toLowerCase().replace('_', '-')}`} data-status={status}>
      {t(`evaluation.enums.agreementStatus.${status}`)}
    </span>
  );
}

/** Past its date and not finished: said in words and colour, not by colour alone. */
export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation();
  if (!overdue) return null;
  return (
    <span className="eval-badge overdue" data-overdue="true">
      <span aria-hidden="true">⚠ </span>
      {t('evaluation.overdue')}
    </span>
  );
}
