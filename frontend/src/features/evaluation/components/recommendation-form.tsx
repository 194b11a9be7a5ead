import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/form/choice-field';
import { RecordFormFrame } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { type FieldKinds, type FormValues, formInput, formValues } from '@/lib/field-kinds';
import { textOrNull } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import {
  PROVINCE_CODE,
  RECOMMENDATION_STATUSES,
  type RecommendationInput,
  RESPONSIBLE_LEVELS,
} from '../api/types';
import { responsibleRegion } from './responsible-region';
import { ResponsibleRegionField } from './responsible-region-field';

interface RecommendationFormProps {
  /** The finding's region: the usual responsible one when a regency acts. */
  findingRegionCode: string;
  regions: readonly Region[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: RecommendationInput) => void;
  onCancel: () => void;
}

/** How each field of a recommendation goes between the API and the form. */
const FIELD_KINDS: FieldKinds<RecommendationInput> = {
  text: 'text', responsibleLevel: 'choice', responsibleRegionCode: 'optionalText',
  dueDate: 'optionalText', status: 'choice', statusReason: 'optionalText',
};

type RecommendationFormValues = FormValues<RecommendationInput>;

/** A new recommendation is the finding's region's to act on, the province's where the finding is its own. */
function initialValues(findingRegionCode: string): RecommendationFormValues {
  const province = findingRegionCode === PROVINCE_CODE;
  return {
    ...formValues(FIELD_KINDS, undefined),
    responsibleLevel: province ? 'PROVINCE' : 'REGENCY',
    responsibleRegionCode: province ? '' : findingRegionCode,
    status: 'NOT_ACTED',
  };
}

function recommendationInput(values: RecommendationFormValues): RecommendationInput {
  return {
    ...formInput(FIELD_KINDS, values),
    responsibleRegionCode: responsibleRegion(values.responsibleLevel, values.responsibleRegionCode),
    // Only a recommendation that cannot be acted on needs a reason.
    statusReason: values.status === 'CANNOT_ACT' ? textOrNull(values.statusReason) : null,
  };
}

export function RecommendationForm({ findingRegionCode, regions, error, onSubmit, ...frame }: RecommendationFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm({
    initialValues: initialValues(findingRegionCode),
    error,
    onSubmit: (values) => onSubmit(recommendationInput(values)),
  });
  const label = (name: keyof RecommendationFormValues) => t(`evaluation.recommendation.fields.${name}`);

  return (
    <RecordFormFrame form={form} label={t('evaluation.recommendation.addTitle')} heading="h3" {...frame}>
      <TextAreaField {...form.text('text')} label={label('text')} required className="span-2" rows={3} />
      <ChoiceField
        {...form.text('responsibleLevel')}
        label={label('responsibleLevel')}
        required
        emptyLabel={t('catalogue.choose')}
        choices={RESPONSIBLE_LEVELS.map((level) => ({ value: level, label: t(`evaluation.enums.responsibleLevel.${level}`) }))}
      />
      {form.values.responsibleLevel === 'REGENCY' && (
        <ResponsibleRegionField
          {...form.text('responsibleRegionCode')}
          label={label('responsibleRegionCode')}
          hint={t('evaluation.recommendation.hints.responsibleRegionCode')}
          regions={regions}
        />
      )}
      <TextField
        {...form.text('dueDate')}
        label={label('dueDate')}
        hint={t('evaluation.recommendation.hints.dueDate')}
        type="date"
      />
      <ChoiceField
        {...form.text('status')}
        label={label('status')}
        choices={RECOMMENDATION_STATUSES.map((status) => ({
          value: status,
          label: t(`evaluation.enums.recommendationStatus.${status}`),
        }))}
      />
      {form.values.status === 'CANNOT_ACT' && (
        <TextAreaField {...form.text('statusReason')} label={label('statusReason')} required className="span-2" rows={2} />
      )}
    </RecordFormFrame>
  );
}
