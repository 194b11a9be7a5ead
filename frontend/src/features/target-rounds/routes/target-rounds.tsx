import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useCurrentUser } from '@/features/auth';
import { formatDate, formatInstant } from '@/lib/number-format';
import { todayIso } from '@/lib/periods';
import { useOpenRound, useTargetRounds } from '../api/target-rounds';
import { RoundStatusBadge } from '../components/badges';
import '../target-rounds.css';
import { can } from '@/lib/authorization';

export function TargetRoundsRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { data: user } = useCurrentUser();
  const rounds = useTargetRounds();
  const isAdmin = can(user, 'manageTargetRounds');

  return (
    <section className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('targetRounds.title')}</h1>
          <p className="muted">{t('targetRounds.intro')}</p>
        </div>
      </header>

      {isAdmin && <OpenRoundForm />}

      {rounds.isPending ? (
        <Loading />
      ) : rounds.isError ? (
        <ErrorBanner error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : rounds.data.items.length === 0 ? (
        <p className="muted">{t('targetRounds.list.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('targetRounds.list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('targetRounds.list.column.year')}</th>
                <th scope="col">{t('targetRounds.list.column.deadline')}</th>
                <th scope="col">{t('targetRounds.list.column.status')}</th>
                <th scope="col" className="numeric">
                  {t('targetRounds.list.column.proposals')}
                </th>
                <th scope="col">{t('targetRounds.list.column.approved')}</th>
              </tr>
            </thead>
            <tbody>
              {[...rounds.data.items]
                .sort((a, b) => b.year - a.year)
                .map((round) => (
                  <tr key={round.year}>
                    <th scope="row">
                      <Link to={`/target-rounds/${round.year}`}>{t('targetRounds.roundTitle', { year: round.year })}</Link>
                    </th>
                    <td>{formatDate(round.deadline, language)}</td>
                    <td>
                      <RoundStatusBadge status={round.status} />
                    </td>
                    <td className="numeric">{round.proposalCount}</td>
                    <td>
                      {round.approvedAt && round.approvedBy
                        ? t('targetRounds.list.approvedBy', {
                            user: round.approvedBy,
                            date: formatInstant(round.approvedAt, language),
                          })
                        : t('targetRounds.none')}
                    </td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OpenRoundForm() {
  const { t } = useTranslation();
  const nextYear = Number(todayIso().slice(0, 4)) + 1;
  const [year, setYear] = useState(String(nextYear));
  const [deadline, setDeadline] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [opened, setOpened] = useState<number | null>(null);
  const open = useOpenRound();

  function submit(event: FormEvent) {
    event.preventDefault();
    const yearNumber = Number(year);
    if (!Number.isInteger(yearNumber) || yearNumber < 2000 || !deadline) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setOpened(null);
    open.mutate({ year: yearNumber, deadline }, { onSuccess: (round) => setOpened(round.year) });
  }

  return (
    <form className="detail-section open-round-form" onSubmit={submit} noValidate>
      <h2>{t('targetRounds.create.title')}</h2>
      <div className="filter-bar">
        <div className="field">
          <label htmlFor="round-year">{t('targetRounds.create.year')}</label>
          <input id="round-year" type="number" value={year} onChange={(event) => setYear(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="round-deadline">{t('targetRounds.create.deadline')}</label>
          <input id="round-deadline" type="date" value={deadline} onChange={(event) => setDeadline(event.target.value)} />
        </div>
        <button type="submit" className="button button-primary" disabled={open.isPending}>
          {open.isPending ? t('targetRounds.create.submitting') : t('targetRounds.create.submit')}
        </button>
      </div>
      {invalid && (
        <p className="field-error" role="alert">
          {t('targetRounds.create.invalid')}
        </p>
      )}
      {open.isError && <ErrorBanner error={open.error} />}
      {opened !== null && <NoticeBanner>{t('targetRounds.create.opened', { year: opened })}</NoticeBanner>}
    </form>
  );
}
