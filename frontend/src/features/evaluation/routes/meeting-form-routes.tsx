import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useCurrentUser } from '@/features/auth';
import type { SavedNotice } from '@/lib/saved-notice';
import { useRegions } from '@/features/regions';
import { useCreateMeeting, useMeeting, useReplaceMeeting } from '../api/meetings';
import { PROVINCE_CODE } from '../api/types';
import { MeetingForm, meetingFormValues } from '../components/meeting-form';
import { canManageEvaluation } from '../components/permissions';
import '../evaluation.css';

const detailPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** Meetings are written by the province's administrator and verifiers only. */
function ManagersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (!canManageEvaluation(user)) {
    return (
      <section className="page">
        <NoticeBanner>{t('evaluation.messages.managersOnly')}</NoticeBanner>
        <Link to="/meetings">{t('evaluation.backToMeetings')}</Link>
      </section>
    );
  }
  return children;
}

/** The regencies and cities, which are the ones invited to a meeting. */
function useInvitableRegions() {
  const regions = useRegions();
  return { ...regions, items: (regions.data?.items ?? []).filter((region) => region.code !== PROVINCE_CODE) };
}

export function MeetingCreateRoute() {
  return (
    <ManagersOnly>
      <MeetingCreate />
    </ManagersOnly>
  );
}

function MeetingCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateMeeting();
  const regions = useInvitableRegions();
  const [initialValues] = useState(() => meetingFormValues());

  if (regions.isPending) return <Loading />;
  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/meetings">{t('evaluation.backToMeetings')}</Link>
      </p>
      <h1>{t('evaluation.meetings.newTitle')}</h1>
      <MeetingForm
        initialValues={initialValues}
        regions={regions.items}
        submitting={create.isPending}
        error={create.error}
        onSubmit={(input) =>
          create.mutate(input, {
            onSuccess: ({ record }) => {
              const state: SavedNotice = { notice: 'created' };
              void navigate(detailPath(record.id), { state });
            },
          })
        }
        cancelTo="/meetings"
      />
    </section>
  );
}

export function MeetingEditRoute() {
  const { id = '' } = useParams();
  return (
    <ManagersOnly>
      <MeetingEdit key={id} />
    </ManagersOnly>
  );
}

function MeetingEdit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const replace = useReplaceMeeting(id);
  const regions = useInvitableRegions();
  // The version the form was filled from: its ETag goes with the save.
  const [base, setBase] = useState(meeting.data);
  if (!base && meeting.data) setBase(meeting.data);

  if (meeting.isError) return <ErrorBanner error={meeting.error} onRetry={() => void meeting.refetch()} />;
  if (!base || regions.isPending) return <Loading />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={detailPath(id)}>{base.record.title}</Link>
      </p>
      <h1>{t('evaluation.meetings.editTitle')}</h1>
      <MeetingForm
        initialValues={meetingFormValues(base.record)}
        regions={regions.items}
        submitting={replace.isPending}
        error={replace.error}
        onSubmit={(input) =>
          replace.mutate(
            { input, etag: base.etag },
            {
              onSuccess: () => {
                const state: SavedNotice = { notice: 'saved' };
                void navigate(detailPath(id), { state });
              },
            },
          )
        }
        cancelTo={detailPath(id)}
      />
    </section>
  );
}
