import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/form/choice-field';
import { RecordFormFrame } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { type FieldKinds, type FormValues, formInput, formValues } from '@/lib/field-kinds';
import type { Region } from '@/features/regions';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementInput,
  RESPONSIBLE_LEVELS,
} from '../api/types';
import { responsibleRegion } from './responsible-region';
import { ResponsibleRegionField } from './responsible-region-field';

interface AgreementFormProps {
  agreement?: Agreement;
  regions: readonly Region[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: AgreementInput) => void;
  onCancel: () => void;
}

/** How each field of an agreement goes between the API and the form. */
const FIELD_KINDS: FieldKinds<AgreementInput> = {
  text: 'text', ownerLevel: 'choice', ownerRegionCode: 'optionalText', dueDate: 'optionalText', status: 'choice',
};

type AgreementFormValues = FormValues<AgreementInput>;

function agreementValues(agreement?: Agreement): AgreementFormValues {
  const values = formValues(FIELD_KINDS, agreement);
  return agreement ? values : { ...values, ownerLevel: 'PROVINCE', status: 'OPEN' };
}

function agreementInput(values: AgreementFormValues): AgreementInput {
  const ownerRegionCode = responsibleRegion(values.ownerLevel, values.ownerRegionCode);
  return { ...formInput(FIELD_KINDS, values), ownerRegionCode };
}

export function AgreementForm({ agreement, regions, error, onSubmit, ...frame }: AgreementFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm({
    initialValues: agreementValues(agreement),
    error,
    onSubmit: (values) => onSubmit(agreementInput(values)),
  });
  const title = agreement ? t('evaluation.agreement.editTitle') : t('evaluation.agreement.addTitle');
  const label = (name: keyof AgreementFormValues) => t(`evaluation.agreement.fields.${name}`);

  return (
    <RecordFormFrame form={form} label={title} heading="h3" className="no-print" {...frame}>
      <TextAreaField {...form.text('text')} label={label('text')} required className="span-2" rows={3} />
      <ChoiceField
        {...form.text('ownerLevel')}
        label={label('ownerLevel')}
        required
        choices={RESPONSIBLE_LEVELS.map((level) => ({ value: level, label: t(`evaluation.enums.responsibleLevel.${level}`) }))}
      />
      {form.values.ownerLevel === 'REGENCY' && (
        <ResponsibleRegionField {...form.text('ownerRegionCode')} label={label('ownerRegionCode')} regions={regions} />
      )}
      <TextField {...form.text('dueDate')} label={label('dueDate')} type="date" />
      <ChoiceField
        {...form.text('status')}
        label={label('status')}
        choices={AGREEMENT_STATUSES.map((status) => ({ value: status, label: t(`evaluation.enums.agreementStatus.${status}`) }))}
      />
    </RecordFormFrame>
  );
}
