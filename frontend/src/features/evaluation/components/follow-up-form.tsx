import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/form/choice-field';
import { RecordFormFrame } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { choice, textOrNull } from '@/lib/form-values';
import { type FollowUpInput, RECOMMENDATION_STATUSES } from '../api/types';
import { todayIso } from './format';

interface FollowUpFormProps {
  submitting: boolean;
  error: unknown;
  onSubmit: (input: FollowUpInput) => void;
  onCancel: () => void;
  /** Today, where the user is; the date may not be later. */
  today?: string;
}

interface FollowUpFormValues {
  date: string;
  description: string;
  evidenceUrl: string;
  status: string;
  statusReason: string;
}

const needsReason = (values: FollowUpFormValues) => values.status === 'CANNOT_ACT';

function followUpInput(values: FollowUpFormValues): FollowUpInput {
  return {
    date: values.date,
    description: values.description.trim(),
    evidenceUrl: textOrNull(values.evidenceUrl),
    status: values.status ? choice(values.status) : null,
    statusReason: needsReason(values) ? values.statusReason.trim() : null,
  };
}

/** A dated action with its evidence; it may move the recommendation to a new status. */
export function FollowUpForm({ error, onSubmit, today = todayIso(), ...frame }: FollowUpFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm<FollowUpFormValues>({
    initialValues: { date: today, description: '', evidenceUrl: '', status: '', statusReason: '' },
    error,
    // The reason is the whole point of status 4: ask for it before going to the server.
    validate: (values) =>
      needsReason(values) && !values.statusReason.trim() ? { statusReason: t('evaluation.followUp.reasonRequired') } : {},
    onSubmit: (values) => onSubmit(followUpInput(values)),
  });
  const label = (name: keyof FollowUpFormValues) => t(`evaluation.followUp.fields.${name}`);

  return (
    <RecordFormFrame form={form} label={t('evaluation.followUp.addTitle')} heading="h4" className="follow-up-form" {...frame}>
      <TextField
        {...form.text('date')}
        label={label('date')}
        hint={t('evaluation.followUp.hints.date')}
        required
        type="date"
        max={today}
      />
      <ChoiceField
        {...form.text('status')}
        label={label('status')}
        hint={t('evaluation.followUp.hints.status')}
        emptyLabel={t('evaluation.followUp.keepStatus')}
        choices={RECOMMENDATION_STATUSES.map((status) => ({
          value: status,
          label: t(`evaluation.enums.recommendationStatus.${status}`),
        }))}
      />
      {needsReason(form.values) && (
        <TextAreaField {...form.text('statusReason')} label={label('statusReason')} required className="span-2" rows={2} />
      )}
      <TextAreaField {...form.text('description')} label={label('description')} required className="span-2" rows={3} />
      <TextField
        {...form.text('evidenceUrl')}
        label={label('evidenceUrl')}
        hint={t('evaluation.followUp.hints.evidenceUrl')}
        className="span-2"
        type="url"
        inputMode="url"
        placeholder="https://"
      />
    </RecordFormFrame>
  );
}
