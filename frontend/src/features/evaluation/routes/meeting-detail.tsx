import { useTranslation } from 'react-i18next';
import { periodInWords } from '@/lib/periods';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { DetailList } from '@/components/detail-list';
import type { SavedNotice } from '@/lib/saved-notice';
import { useRegions } from '@/features/regions';
import { useFindings } from '../api/findings';
import { useMeeting } from '../api/meetings';
import { AgreementsSection } from '../components/agreements-section';
import { FindingStatusBadge, OverdueBadge, SeverityBadge } from '../components/badges';
import { formatDate, todayIso } from '../components/format';
import { useEvaluationUser } from '../components/permissions';
import { PdfDownloadButton } from '../components/pdf-download-button';
import { PrintFindingRecommendations, PrintLetterhead, PrintSignature } from '../components/meeting-print-extras';
import { PrintButton } from '../components/print-button';
import { regionName, useRegionNames } from '../components/use-region-names';
import '../evaluation.css';

export function MeetingDetailRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  const { canManage, canRecord } = useEvaluationUser();
  const meeting = useMeeting(id);
  const findings = useFindings({ meeting: id });
  const regions = useRegions();
  const names = useRegionNames();

  if (meeting.isPending) return <Loading />;
  if (meeting.isError) {
    return (
      <section className="page">
        <ErrorBanner error={meeting.error} onRetry={() => void meeting.refetch()} />
        <Link to="/meetings">{t('evaluation.backToMeetings')}</Link>
      </section>
    );
  }

  const { record } = meeting.data;
  const attended = new Set(record.attendedRegionCodes);

  return (
    <section className="page meeting-summary">
      <PrintLetterhead />
      <p className="breadcrumb no-print">
        <Link to="/meetings">{t('evaluation.backToMeetings')}</Link>
      </p>
      <header className="page-header">
        <div>
          <p className="muted">{t('evaluation.meetings.label')}</p>
          <h1>{record.title}</h1>
          <p className="print-only muted">{t('evaluation.meeting.printedOn', { date: formatDate(todayIso(), language, t) })}</p>
        </div>
        <div className="button-row no-print">
          <PdfDownloadButton meetingId={record.id} date={record.date} />
          <PrintButton />
          {canManage && (
            <Link to={`/meetings/${record.id}/edit`} className="button button-primary">
              {t('evaluation.actions.edit')}
            </Link>
          )}
        </div>
      </header>
      {notice && <NoticeBanner>{t(`evaluation.messages.${notice}`)}</NoticeBanner>}

      <section className="print-section" aria-label={t('evaluation.meeting.details')}>
        <DetailList
          items={[
            { label: t('evaluation.meeting.fields.date'), value: formatDate(record.date, language, t) },
            { label: t('evaluation.meeting.fields.place'), value: record.place },
            { label: t('evaluation.meeting.fields.year'), value: String(record.year) },
            {
              label: t('evaluation.meeting.fields.periods'),
              value:
                record.periods.length > 0
                  ? record.periods.map((period) => periodInWords(period, language)).join(', ')
                  : t('evaluation.none'),
            },
          ]}
        />
      </section>

      <section className="detail-section print-section" aria-labelledby="meeting-attendance">
        <h2 id="meeting-attendance">{t('evaluation.meeting.attendance')}</h2>
        <p className="attendance-count">
          {t('evaluation.meeting.attendanceCount', {
            attended: record.attendedRegionCodes.length,
            invited: record.invitedRegionCodes.length,
          })}
        </p>
        {record.invitedRegionCodes.length === 0 ? (
          <p className="muted">{t('evaluation.meeting.noInvited')}</p>
        ) : (
          <ul className="attendance-list" aria-label={t('evaluation.meeting.attendance')}>
            {record.invitedRegionCodes.map((code) => (
              <li key={code} className={attended.has(code) ? 'is-attended' : 'is-absent'}>
                <span aria-hidden="true">{attended.has(code) ? '✓' : '✗'} </span>
                {regionName(code, names)}
                <span className="muted">
                  {' '}
                  · {attended.has(code) ? t('evaluation.meeting.attended') : t('evaluation.meeting.absent')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="detail-section print-section" aria-labelledby="meeting-minutes">
        <h2 id="meeting-minutes">{t('evaluation.meeting.minutes')}</h2>
        {record.minutes ? (
          <div className="minutes">{record.minutes}</div>
        ) : (
          <p className="muted">{t('evaluation.meeting.noMinutes')}</p>
        )}
      </section>

      <AgreementsSection
        meeting={record}
        canManage={canManage}
        regions={regions.data?.items ?? []}
        regionNames={names}
      />

      <section className="detail-section print-section print-break" aria-labelledby="meeting-findings">
        <header className="section-header">
          <h2 id="meeting-findings">{t('evaluation.meeting.findings')}</h2>
          {canRecord && (
            <Link
              to={`/findings/new?meeting=${encodeURIComponent(record.id)}`}
              className="button button-secondary no-print"
            >
              {t('evaluation.meeting.recordFinding')}
            </Link>
          )}
        </header>
        {findings.isPending && <Loading />}
        {findings.isError && <ErrorBanner error={findings.error} onRetry={() => void findings.refetch()} />}
        {findings.data &&
          (findings.data.items.length === 0 ? (
            <p className="muted">{t('evaluation.meeting.noFindings')}</p>
          ) : (
            <div className="table-wrapper">
              <table className="data-table">
                <caption className="visually-hidden">{t('evaluation.meeting.findings')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('evaluation.finding.fields.regionCode')}</th>
                    <th scope="col">{t('evaluation.finding.fields.title')}</th>
                    <th scope="col">{t('evaluation.finding.fields.category')}</th>
                    <th scope="col">{t('evaluation.finding.fields.severity')}</th>
                    <th scope="col">{t('evaluation.finding.fields.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {findings.data.items.map((finding) => (
                    <tr key={finding.id} className={finding.overdue ? 'is-overdue' : undefined}>
                      <td>{regionName(finding.regionCode, names)}</td>
                      <td>
                        <Link to={`/findings/${finding.id}`}>{finding.title}</Link>
                      </td>
                      <td>{t(`evaluation.enums.category.${finding.category}`)}</td>
                      <td>
                        <SeverityBadge severity={finding.severity} />
                      </td>
                      <td>
                        <FindingStatusBadge status={finding.status} /> <OverdueBadge overdue={finding.overdue} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
      </section>
      {findings.data && <PrintFindingRecommendations findings={findings.data.items} regionNames={names} />}
      <PrintSignature date={record.date} />
    </section>
  );
}
