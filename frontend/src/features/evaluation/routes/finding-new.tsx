import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { FormPage } from '@/components/form/form-page';
import { useCreateRecord } from '@/components/form/use-create-record';
import { Loading } from '@/components/loading';
import { useIndicators } from '@/features/catalogue';
import { usePrograms } from '@/features/catalogue';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { useCreateFinding } from '../api/findings';
import { useMeetings } from '../api/meetings';
import { FindingForm, newFindingValues } from '../components/finding-form';
import '../evaluation.css';

export function FindingCreateRoute() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const meetingId = params.get('meeting') ?? '';
  const { data: user } = useCurrentUser();
  const create = useCreateRecord(useCreateFinding(), (finding) => `/findings/${finding.id}`);
  const regions = useRegions();
  const meetings = useMeetings();
  const programs = usePrograms({ active: true });
  const indicators = useIndicators({ active: true });
  const [initialValues] = useState(() => newFindingValues(user, meetingId));
  const backTo = meetingId ? `/meetings/${encodeURIComponent(meetingId)}` : '/findings';

  if (regions.isPending || meetings.isPending) return <Loading />;

  return (
    <FormPage
      backTo={backTo}
      backLabel={meetingId ? t('evaluation.backToMeetings') : t('evaluation.backToFindings')}
      title={t('evaluation.findings.newTitle')}
    >
      <FindingForm
        user={user}
        initialValues={initialValues}
        regions={regions.data?.items ?? []}
        meetings={meetings.data?.items ?? []}
        programs={programs.data?.items ?? []}
        indicators={indicators.data?.items ?? []}
        {...create}
        cancelTo={backTo}
      />
    </FormPage>
  );
}
