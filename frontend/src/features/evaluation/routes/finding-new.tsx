import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useIndicators } from '@/features/catalogue';
import { usePrograms } from '@/features/catalogue';
import type { SavedNotice } from '@/lib/saved-notice';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { useCreateFinding } from '../api/findings';
import { useMeetings } from '../api/meetings';
import { FindingForm, newFindingValues } from '../components/finding-form';
import { canRecordFinding } from '../components/permissions';
import '../evaluation.css';

export function FindingCreateRoute() {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (!canRecordFinding(user)) {
    return (
      <section className="page">
        <NoticeBanner>{t('evaluation.messages.readOnly')}</NoticeBanner>
        <Link to="/findings">{t('evaluation.backToFindings')}</Link>
      </section>
    );
  }
  return <FindingCreate />;
}

function FindingCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting') ?? '';
  const { data: user } = useCurrentUser();
  const create = useCreateFinding();
  const regions = useRegions();
  const meetings = useMeetings();
  const programs = usePrograms({ active: true });
  const indicators = useIndicators({ active: true });
  const [initialValues] = useState(() => newFindingValues(user, meetingId));
  const backTo = meetingId ? `/meetings/${encodeURIComponent(meetingId)}` : '/findings';

  if (regions.isPending || meetings.isPending) return <Loading />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={backTo}>{meetingId ? t('evaluation.backToMeetings') : t('evaluation.backToFindings')}</Link>
      </p>
      <h1>{t('evaluation.findings.newTitle')}</h1>
      <FindingForm
        user={user}
        initialValues={initialValues}
        regions={regions.data?.items ?? []}
        meetings={meetings.data?.items ?? []}
        programs={programs.data?.items ?? []}
        indicators={indicators.data?.items ?? []}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: ({ record }) => {
              const state: SavedNotice = { notice: 'created' };
              void navigate(`/findings/${record.id}`, { state });
            },
          })
        }
        cancelTo={backTo}
      />
    </section>
  );
}
