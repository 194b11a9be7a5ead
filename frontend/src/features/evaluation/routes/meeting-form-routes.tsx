import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { EditRecordPage } from '@/components/form/edit-record-page';
import { FormPage } from '@/components/form/form-page';
import { useCreateRecord } from '@/components/form/use-create-record';
import { Loading } from '@/components/loading';
import { useRegions } from '@/features/regions';
import { useCreateMeeting, useMeeting, useReplaceMeeting } from '../api/meetings';
import { PROVINCE_CODE } from '../api/types';
import { MeetingForm, meetingFormValues } from '../components/meeting-form';
import '../evaluation.css';

const detailPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

/** The regencies and cities, which are the ones invited to a meeting. */
function useInvitableRegions() {
  const regions = useRegions();
  return { ...regions, items: (regions.data?.items ?? []).filter((region) => region.code !== PROVINCE_CODE) };
}

export function MeetingCreateRoute() {
  const { t } = useTranslation();
  const create = useCreateRecord(useCreateMeeting(), (meeting) => detailPath(meeting.id));
  const regions = useInvitableRegions();
  const [initialValues] = useState(() => meetingFormValues());

  if (regions.isPending) return <Loading />;
  return (
    <FormPage backTo="/meetings" backLabel={t('evaluation.backToMeetings')} title={t('evaluation.meetings.newTitle')}>
      <MeetingForm initialValues={initialValues} regions={regions.items} {...create} cancelTo="/meetings" />
    </FormPage>
  );
}

export function MeetingEditRoute() {
  const { id = '' } = useParams();
  // A form per record: nothing of one record's form carries over to another's.
  return <MeetingEdit key={id} id={id} />;
}

function MeetingEdit({ id }: { id: string }) {
  const { t } = useTranslation();
  const meeting = useMeeting(id);
  const replace = useReplaceMeeting(id);
  const regions = useInvitableRegions();
  // The meeting form takes no reload: after a 412 its banner alone says what happened.
  return (
    <EditRecordPage
      query={meeting}
      replace={replace}
      detailPath={detailPath(id)}
      backLabel={(record) => record.title}
      title={t('evaluation.meetings.editTitle')}
      loading={regions.isPending}
    >
      {(record, { submitting, error, onSubmit, cancelTo }) => (
        <MeetingForm
          initialValues={meetingFormValues(record)}
          regions={regions.items}
          submitting={submitting}
          error={error}
          onSubmit={onSubmit}
          cancelTo={cancelTo}
        />
      )}
    </EditRecordPage>
  );
}
