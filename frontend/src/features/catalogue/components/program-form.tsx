import { useTranslation } from 'react-i18next';
import { PROGRAM_AUTHORITIES, PROGRAM_FIELDS, type Program, type ProgramInput } from '../api/types';
import { RecordFormFrame, type RecordFormProps } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { type FieldKinds, type FormValues, formInput, formValues } from '@/lib/field-kinds';
import { ActiveField, CodeField, EnumField } from './catalogue-fields';

/** How each field of a program goes between the API and the form. */
const FIELD_KINDS: FieldKinds<ProgramInput> = {
  code: 'code', name: 'text', field: 'choice', authority: 'choice',
  description: 'optionalText', missionAlignment: 'optionalText', ministryAlignment: 'optionalText',
  startYear: 'number', endYear: 'optionalNumber', active: 'flag',
};

export type ProgramFormValues = FormValues<ProgramInput>;

export function programFormValues(program?: Program): ProgramFormValues {
  return formValues(FIELD_KINDS, program);
}

type ProgramFormProps = RecordFormProps<ProgramFormValues, ProgramInput>;

export function ProgramForm({ initialValues, creating, error, onSubmit, ...frame }: ProgramFormProps) {
  const { t } = useTranslation();
  const form = useRecordForm({
    initialValues,
    error,
    creating,
    duplicate: { field: 'code', message: t('catalogue.messages.duplicateCode') },
    onSubmit: (values) => onSubmit(formInput(FIELD_KINDS, values)),
  });

  const textArea = (name: 'description' | 'missionAlignment' | 'ministryAlignment') => (
    <TextAreaField {...form.text(name)} label={t(`catalogue.fields.${name}`)} className="span-2" rows={3} />
  );

  return (
    <RecordFormFrame form={form} {...frame}>
      <CodeField {...form.text('code')} creating={creating} />
      <EnumField {...form.text('field')} options={PROGRAM_FIELDS} />
      <TextField {...form.text('name')} label={t('catalogue.fields.name')} required className="span-2" />
      <EnumField {...form.text('authority')} options={PROGRAM_AUTHORITIES} />
      <div className="form-pair">
        <TextField {...form.text('startYear')} label={t('catalogue.fields.startYear')} required type="number" step={1} />
        <TextField
          {...form.text('endYear')}
          label={t('catalogue.fields.endYear')}
          hint={t('catalogue.hints.endYear')}
          type="number"
          step={1}
        />
      </div>
      {textArea('description')}
      {textArea('missionAlignment')}
      {textArea('ministryAlignment')}
      <ActiveField {...form.checkbox('active')} creating={creating} />
    </RecordFormFrame>
  );
}
