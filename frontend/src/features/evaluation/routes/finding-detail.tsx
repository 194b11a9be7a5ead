import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { DetailList } from '@/components/detail-list';
import { can } from '@/lib/authorization';
import type { SavedNotice } from '@/lib/saved-notice';
import { useRegions } from '@/features/regions';
import { useFinding } from '../api/findings';
import { useMeeting } from '../api/meetings';
import { useCreateRecommendation, useRecommendations } from '../api/recommendations';
import { FindingStatusBadge, OverdueBadge, SeverityBadge } from '../components/badges';
import { boardColumn } from '../components/group-findings';
import { formatDate } from '../components/format';
import { canFollowUp, useEvaluationUser } from '../components/permissions';
import { RecommendationCard } from '../components/recommendation-card';
import { CommentThread } from '@/features/comments';
import { RecommendationForm } from '../components/recommendation-form';
import { regionName, useRegionNames } from '../components/use-region-names';
import '../evaluation.css';

export function FindingDetailRoute() {
  const { id = '' } = useParams();
  return <FindingDetail key={id} id={id} />;
}

function FindingDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  const { user, canManage } = useEvaluationUser();
  const finding = useFinding(id);
  const recommendations = useRecommendations(id);
  const meeting = useMeeting(finding.data?.record.meetingId);
  const regions = useRegions();
  const names = useRegionNames();
  const create = useCreateRecommendation(id);
  const [adding, setAdding] = useState(false);

  if (finding.isPending) return <Loading />;
  if (finding.isError) {
    return (
      <section className="page">
        <ErrorBanner error={finding.error} onRetry={() => void finding.refetch()} />
        <Link to="/findings">{t('evaluation.backToFindings')}</Link>
      </section>
    );
  }

  const { record } = finding.data;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/findings">{t('evaluation.backToFindings')}</Link>
      </p>
      <header className="page-header">
        <div>
          <p className="muted">
            {t('evaluation.findings.label')} · {regionName(record.regionCode, names)}
          </p>
          <h1>{record.title}</h1>
          <p className="finding-card-badges" data-board-column={boardColumn(record)}>
            <FindingStatusBadge status={record.status} /> <SeverityBadge severity={record.severity} />{' '}
            <OverdueBadge overdue={record.overdue} />
          </p>
        </div>
      </header>
      {notice && <NoticeBanner>{t(`evaluation.messages.${notice}`)}</NoticeBanner>}

      <DetailList
        items={[
          {
            label: t('evaluation.finding.fields.regionCode'),
            value: t('evaluation.regionAndName', { code: record.regionCode, name: regionName(record.regionCode, names) }),
          },
          { label: t('evaluation.finding.fields.category'), value: t(`evaluation.enums.category.${record.category}`) },
          { label: t('evaluation.finding.fields.severity'), value: t(`evaluation.enums.severity.${record.severity}`) },
          { label: t('evaluation.finding.fields.status'), value: t(`evaluation.enums.findingStatus.${record.status}`) },
          { label: t('evaluation.finding.fields.foundOn'), value: formatDate(record.foundOn, language, t) },
          {
            label: t('evaluation.finding.fields.meetingId'),
            value: record.meetingId ? (
              <Link to={`/meetings/${record.meetingId}`}>{meeting.data?.record.title ?? t('evaluation.meetings.label')}</Link>
            ) : (
              t('evaluation.finding.noMeeting')
            ),
          },
          {
            label: t('evaluation.finding.fields.programCode'),
            value: record.programCode ? (
              <Link to={`/catalogue/programs/${encodeURIComponent(record.programCode)}`}>{record.programCode}</Link>
            ) : (
              t('evaluation.none')
            ),
          },
          {
            label: t('evaluation.finding.fields.indicatorCode'),
            value: record.indicatorCode ? (
              <Link to={`/catalogue/indicators/${encodeURIComponent(record.indicatorCode)}`}>{record.indicatorCode}</Link>
            ) : (
              t('evaluation.none')
            ),
          },
          { label: t('evaluation.finding.fields.createdBy'), value: record.createdBy },
        ]}
      />
      <section className="detail-section" aria-labelledby="finding-description">
        <h2 id="finding-description">{t('evaluation.finding.fields.description')}</h2>
        <p className="minutes">{record.description}</p>
      </section>

      <section className="detail-section" aria-labelledby="finding-recommendations">
        <header className="section-header">
          <h2 id="finding-recommendations">{t('evaluation.finding.recommendations')}</h2>
          {canManage && !adding && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                create.reset();
                setAdding(true);
              }}
            >
              {t('evaluation.recommendation.add')}
            </button>
          )}
        </header>
        <p className="field-hint">{t('evaluation.finding.closedNote')}</p>
        {create.isSuccess && !adding && <NoticeBanner>{t('evaluation.messages.recommendationAdded')}</NoticeBanner>}
        {adding && (
          <RecommendationForm
            findingRegionCode={record.regionCode}
            regions={regions.data?.items ?? []}
            submitting={create.isPending}
            error={create.error}
            onSubmit={(input) => create.mutate(input, { onSuccess: () => setAdding(false) })}
            onCancel={() => {
              create.reset();
              setAdding(false);
            }}
          />
        )}
        {recommendations.isPending && <Loading />}
        {recommendations.isError && (
          <ErrorBanner error={recommendations.error} onRetry={() => void recommendations.refetch()} />
        )}
        {recommendations.data &&
          (recommendations.data.length === 0 ? (
            <p className="muted">{t('evaluation.finding.noRecommendations')}</p>
          ) : (
            <div className="recommendation-list">
              {recommendations.data.map((recommendation) => (
                <RecommendationCard
                  key={recommendation.id}
                  recommendation={recommendation}
                  regionNames={names}
                  canFollowUp={canFollowUp(user, record, recommendation)}
                />
              ))}
            </div>
          ))}
      </section>
      <CommentThread
        thread={{ kind: 'finding', id: record.id }}
        username={user?.username}
        canWrite={can(user, 'comment')}
      />
    </section>
  );
}
