import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useMeetings } from '../api/meetings';
import { formatDate } from '../components/format';
import { useEvaluationUser } from '../components/permissions';
import '../evaluation.css';

export function MeetingsRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const { canManage } = useEvaluationUser();
  const [params, setParams] = useSearchParams();
  const year = params.get('year') ?? '';
  const meetings = useMeetings({ year: year ? Number(year) : undefined });
  const allMeetings = useMeetings();
  const years = [...new Set((allMeetings.data?.items ?? []).map((meeting) => meeting.year))].sort((a, b) => b - a);

  return (
    <section className="page">
      <header className="page-header">
        <div>
          <h1>{t('evaluation.meetings.title')}</h1>
          <p className="muted">{t('evaluation.meetings.intro')}</p>
        </div>
        {canManage && (
          <Link to="/meetings/new" className="button button-primary">
            {t('evaluation.actions.newMeeting')}
          </Link>
        )}
      </header>

      <div className="filter-bar">
        <label className="field">
          <span>{t('evaluation.meetings.yearFilter')}</span>
          <select
            value={year}
            onChange={(event) => setParams(event.target.value ? { year: event.target.value } : {}, { replace: true })}
          >
            <option value="">{t('evaluation.meetings.allYears')}</option>
            {years.map((entry) => (
              <option key={entry} value={entry}>
                {entry}
              </option>
            ))}
          </select>
        </label>
      </div>

      {meetings.isPending && <Loading />}
      {meetings.isError && <ErrorBanner error={meetings.error} onRetry={() => void meetings.refetch()} />}
      {meetings.data && (
        <>
          <p className="muted" aria-live="polite">
            {t('evaluation.meetings.count', { count: meetings.data.total })}
          </p>
          {meetings.data.items.length === 0 ? (
            <p className="muted">{t('evaluation.meetings.empty')}</p>
          ) : (
            <div className="table-wrapper">
              <table className="data-table">
                <caption className="visually-hidden">{t('evaluation.meetings.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.meetings.column.date')}</th>
                    <th scope="col">{t('evaluation.meetings.column.title')}</th>
                    <th scope="col">{t('evaluation.meetings.column.place')}</th>
                    <th scope="col">{t('evaluation.meetings.column.year')}</th>
                    <th scope="col">{t('evaluation.meetings.column.attendance')}</th>
                    <th scope="col">{t('evaluation.meetings.column.findings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {meetings.data.items.map((meeting) => (
                    <tr key={meeting.id}>
                      <td className="code">{formatDate(meeting.date, language, t)}</td>
                      <td>
                        <Link to={`/meetings/${meeting.id}`}>{meeting.title}</Link>
                      </td>
                      <td>{meeting.place}</td>
                      <td className="code">{meeting.year}</td>
                      <td>
                        {t('evaluation.meetings.attendanceSummary', {
                          attended: meeting.attendedRegionCodes.length,
                          invited: meeting.invitedRegionCodes.length,
                        })}
                      </td>
                      <td className="code">{meeting.findingCount}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  );
}
