import { useTranslation } from 'react-i18next';
import type { ProposalFlag, ProposalStatus, RoundStatus } from '../api/types';

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge round-${status.toLowerCase()}`}>{t(`targetRounds.status.${status}`)}</span>;
}

export function ProposalStatusBadge({ status }: { status: ProposalStatus | undefined }) {
  const { t } = useTranslation();
  const key = status ?? 'NONE';
  return (
    <span className={`status-badge proposal-${key.toLowerCase()}`}>{t(`targetRounds.proposalStatus.${key}`)}</span>
  );
}

/** The warnings on a proposal; nothing when it has none. */
export function FlagList({ flags }: { flags: ProposalFlag[] | undefined }) {
  const { t } = useTranslation();
  if (!flags || flags.length === 0) return null;
  return (
    <ul className="flag-list" aria-label={t('targetRounds.flagsLabel')}>
      {flags.map((flag) => (
        <li key={flag} className={`flag flag-${flag.toLowerCase().replace(/_/g, '-')}`}>
          <span aria-hidden="true">⚑ </span>
          {t(`targetRounds.flag.${flag}`)}
        </li>
      ))}
    </ul>
  );
}
