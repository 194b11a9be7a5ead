import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAM_AUTHORITIES, PROGRAM_FIELDS, type Program, type ProgramInput } from '../api/types';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { CheckboxField } from '@/components/form/checkbox-field';
import { FormActions } from '@/components/form/form-actions';
import { FormField } from '@/components/form/form-field';
import { choice, numberOrNull, numberOrUndefined, textOrNull, toText } from '@/lib/form-values';
import { describeWriteFailure, localizeFieldMessage } from '@/lib/write-failure';

export interface ProgramFormValues {
  code: string;
  name: string;
  field: string;
  authority: string;
  description: string;
  missionAlignment: string;
  ministryAlignment: string;
  startYear: string;
  endYear: string;
  active: boolean;
}

const FORM_FIELDS = [
  'code',
  'name',
  'field',
  'authority',
  'description',
  'missionAlignment',
  'ministryAlignment',
  'startYear',
  'endYear',
  'active',
] as const;

export function programFormValues(program?: Program): ProgramFormValues {
  return {
    code: program?.code ?? '',
    name: program?.name ?? '',
    field: program?.field ?? '',
    authority: program?.authority ?? '',
    description: program?.description ?? '',
    missionAlignment: program?.missionAlignment ?? '',
    ministryAlignment: program?.ministryAlignment ?? '',
    startYear: toText(program?.startYear),
    endYear: toText(program?.endYear),
    active: program?.active ?? true,
  };
}

export function programInput(values: ProgramFormValues): ProgramInput {
  return {
    // Left out when empty, so that the server reports it as missing.
    code: values.code.trim() || undefined,
    name: values.name.trim(),
    field: choice(values.field),
    authority: choice(values.authority),
    description: textOrNull(values.description),
    missionAlignment: textOrNull(values.missionAlignment),
    ministryAlignment: textOrNull(values.ministryAlignment),
    startYear: numberOrUndefined(values.startYear) as number,
    endYear: numberOrNull(values.endYear),
    active: values.active,
  };
}

interface ProgramFormProps {
  initialValues: ProgramFormValues;
  creating: boolean;
  submitting: boolean;
  error: unknown;
  onSubmit: (input: ProgramInput) => void;
  onReload?: () => void;
  reloading?: boolean;
  cancelTo: string;
}

export function ProgramForm(props: ProgramFormProps) {
  const { initialValues, creating, submitting, error, onSubmit, onReload, reloading, cancelTo } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const failure = useMemo(
    () => (error ? describeWriteFailure(error, FORM_FIELDS, { creating }) : undefined),
    [error, creating],
  );
  const fieldError = (name: (typeof FORM_FIELDS)[number]) =>
    failure?.kind === 'duplicate' && name === 'code'
      ? t('catalogue.messages.duplicateCode')
      : localizeFieldMessage(failure?.fieldErrors[name], t);

  const set =
    (name: keyof ProgramFormValues) =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(programInput(values));
  };

  const textArea = (name: 'description' | 'missionAlignment' | 'ministryAlignment') => (
    <FormField name={name} label={t(`catalogue.fields.${name}`)} error={fieldError(name)} className="span-2">
      {(control) => <textarea {...control} rows={3} value={values[name]} onChange={set(name)} />}
    </FormField>
  );

  return (
    <form className="record-form" onSubmit={submit} noValidate>
      {failure && <FormFailureBanner failure={failure} onReload={onReload} reloading={reloading} />}

      <div className="form-grid">
        <FormField
          name="code"
          label={t('catalogue.fields.code')}
          error={fieldError('code')}
          hint={creating ? t('catalogue.hints.code') : undefined}
          required
        >
          {(control) => (
            <input {...control} value={values.code} onChange={set('code')} readOnly={!creating} autoComplete="off" />
          )}
        </FormField>
        <FormField name="field" label={t('catalogue.fields.field')} error={fieldError('field')} required>
          {(control) => (
            <select {...control} value={values.field} onChange={set('field')}>
              <option value="">{t('catalogue.choose')}</option>
              {PROGRAM_FIELDS.map((field) => (
                <option key={field} value={field}>
                  {t(`catalogue.enums.field.${field}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="name" label={t('catalogue.fields.name')} error={fieldError('name')} required className="span-2">
          {(control) => <input {...control} value={values.name} onChange={set('name')} />}
        </FormField>
        <FormField name="authority" label={t('catalogue.fields.authority')} error={fieldError('authority')} required>
          {(control) => (
            <select {...control} value={values.authority} onChange={set('authority')}>
              <option value="">{t('catalogue.choose')}</option>
              {PROGRAM_AUTHORITIES.map((authority) => (
                <option key={authority} value={authority}>
                  {t(`catalogue.enums.authority.${authority}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <div className="form-pair">
          <FormField name="startYear" label={t('catalogue.fields.startYear')} error={fieldError('startYear')} required>
            {(control) => (
              <input {...control} type="number" step={1} value={values.startYear} onChange={set('startYear')} />
            )}
          </FormField>
          <FormField
            name="endYear"
            label={t('catalogue.fields.endYear')}
            error={fieldError('endYear')}
            hint={t('catalogue.hints.endYear')}
          >
            {(control) => <input {...control} type="number" step={1} value={values.endYear} onChange={set('endYear')} />}
          </FormField>
        </div>
        {textArea('description')}
        {textArea('missionAlignment')}
        {textArea('ministryAlignment')}
        {!creating && (
          <CheckboxField
            name="active"
            label={t('catalogue.fields.active')}
            text={t('catalogue.fields.activeCheckbox')}
            checked={values.active}
            error={fieldError('active')}
            onChange={(active) => setValues((current) => ({ ...current, active }))}
          />
        )}
      </div>

      <FormActions submitting={submitting} cancelTo={cancelTo} />
    </form>
  );
}
