import { useTranslation } from 'react-i18next';
import type { RealizationStatus } from '../api/types';

/** The workflow state of a value; "not filled in" when there is none yet. */
export function StatusBadge({ status }: { status: RealizationStatus | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'EMPTY';
  return <span className={`status-badge status-${key.toLowerCase()}`}>{t(`reporting.status.${key}`)}</span>;
}
