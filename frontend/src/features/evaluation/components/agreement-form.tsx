import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { FormField } from '@/components/form/form-field';
import { choice, textOrNull } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import {
  AGREEMENT_STATUSES,
  type Agreement,
  type AgreementInput,
  type AgreementStatus,
  PROVINCE_CODE,
  RESPONSIBLE_LEVELS,
} from '../api/types';
import { useFormFailure } from './form-failure';

const FORM_FIELDS = ['text', 'ownerLevel', 'ownerRegionCode', 'dueDate', 'status'] as const;

interface AgreementFormProps {
  agreement?: Agreement;
  regions: readonly Region[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: AgreementInput) => void;
  onCancel: () => void;
}

export function AgreementForm({ agreement, regions, submitting, error, onSubmit, onCancel }: AgreementFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState({
    text: agreement?.text ?? '',
    ownerLevel: agreement?.ownerLevel ?? 'PROVINCE',
    ownerRegionCode: agreement?.ownerRegionCode ?? '',
    dueDate: agreement?.dueDate ?? '',
    status: agreement?.status ?? 'OPEN',
  });
  const { failure, fieldError } = useFormFailure(error, FORM_FIELDS);
  const title = agreement ? t('evaluation.agreement.editTitle') : t('evaluation.agreement.addTitle');

  const set =
    (name: keyof typeof values) =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({
      text: values.text.trim(),
      ownerLevel: choice(values.ownerLevel),
      ownerRegionCode:
        values.ownerLevel === 'REGENCY'
          ? values.ownerRegionCode || null
          : values.ownerLevel === 'PROVINCE'
            ? PROVINCE_CODE
            : null,
      dueDate: textOrNull(values.dueDate),
      status: choice<AgreementStatus>(values.status),
    });
  };

  return (
    <form className="record-form no-print" onSubmit={submit} noValidate aria-label={title}>
      <h3>{title}</h3>
      {failure && <FormFailureBanner failure={failure} />}
      <div className="form-grid">
        <FormField name="text" label={t('evaluation.agreement.fields.text')} error={fieldError('text')} required className="span-2">
          {(control) => <textarea {...control} rows={3} value={values.text} onChange={set('text')} />}
        </FormField>
        <FormField
          name="ownerLevel"
          label={t('evaluation.agreement.fields.ownerLevel')}
          error={fieldError('ownerLevel')}
          required
        >
          {(control) => (
            <select {...control} value={values.ownerLevel} onChange={set('ownerLevel')}>
              {RESPONSIBLE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`evaluation.enums.responsibleLevel.${level}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.ownerLevel === 'REGENCY' && (
          <FormField
            name="ownerRegionCode"
            label={t('evaluation.agreement.fields.ownerRegionCode')}
            error={fieldError('ownerRegionCode')}
            required
          >
            {(control) => (
              <select {...control} value={values.ownerRegionCode} onChange={set('ownerRegionCode')}>
                <option value="">{t('catalogue.choose')}</option>
                {regions
                  .filter((region) => region.code !== PROVINCE_CODE)
                  .map((region) => (
                    <option key={region.code} value={region.code}>
                      {region.code} · {region.name}
                    </option>
                  ))}
              </select>
            )}
          </FormField>
        )}
        <FormField name="dueDate" label={t('evaluation.agreement.fields.dueDate')} error={fieldError('dueDate')}>
          {(control) => <input {...control} type="date" value={values.dueDate} onChange={set('dueDate')} />}
        </FormField>
        <FormField name="status" label={t('evaluation.agreement.fields.status')} error={fieldError('status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={set('status')}>
              {AGREEMENT_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`evaluation.enums.agreementStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('evaluation.actions.saving') : t('evaluation.actions.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('evaluation.actions.cancel')}
        </button>
      </div>
    </form>
  );
}
