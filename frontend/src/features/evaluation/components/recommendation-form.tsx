import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { FormField } from '@/components/form/form-field';
import { choice, textOrNull } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import {
  PROVINCE_CODE,
  RECOMMENDATION_STATUSES,
  type RecommendationInput,
  type RecommendationStatus,
  RESPONSIBLE_LEVELS,
  type ResponsibleLevel,
} from '../api/types';
import { useFormFailure } from './form-failure';

const FORM_FIELDS = ['text', 'responsibleLevel', 'responsibleRegionCode', 'dueDate', 'status', 'statusReason'] as const;

interface RecommendationFormProps {
  /** The finding's region: the usual responsible one when a regency acts. */
  findingRegionCode: string;
  regions: readonly Region[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: RecommendationInput) => void;
  onCancel: () => void;
}

export function RecommendationForm(props: RecommendationFormProps) {
  const { findingRegionCode, regions, submitting, error, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const defaultRegency = findingRegionCode === PROVINCE_CODE ? '' : findingRegionCode;
  const [values, setValues] = useState({
    text: '',
    responsibleLevel: (findingRegionCode === PROVINCE_CODE ? 'PROVINCE' : 'REGENCY') as ResponsibleLevel | '',
    responsibleRegionCode: defaultRegency,
    dueDate: '',
    status: 'NOT_ACTED',
    statusReason: '',
  });
  const { failure, fieldError } = useFormFailure(error, FORM_FIELDS);
  const regencies = regions.filter((region) => region.code !== PROVINCE_CODE);

  const set =
    (name: keyof typeof values) =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const level = values.responsibleLevel;
    onSubmit({
      text: values.text.trim(),
      responsibleLevel: choice(level),
      responsibleRegionCode:
        level === 'REGENCY' ? values.responsibleRegionCode || null : level === 'PROVINCE' ? PROVINCE_CODE : null,
      dueDate: textOrNull(values.dueDate),
      status: choice<RecommendationStatus>(values.status),
      statusReason: values.status === 'CANNOT_ACT' ? textOrNull(values.statusReason) : null,
    });
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={t('evaluation.recommendation.addTitle')}>
      <h3>{t('evaluation.recommendation.addTitle')}</h3>
      {failure && <FormFailureBanner failure={failure} />}
      <div className="form-grid">
        <FormField
          name="text"
          label={t('evaluation.recommendation.fields.text')}
          error={fieldError('text')}
          required
          className="span-2"
        >
          {(control) => <textarea {...control} rows={3} value={values.text} onChange={set('text')} />}
        </FormField>
        <FormField
          name="responsibleLevel"
          label={t('evaluation.recommendation.fields.responsibleLevel')}
          error={fieldError('responsibleLevel')}
          required
        >
          {(control) => (
            <select {...control} value={values.responsibleLevel} onChange={set('responsibleLevel')}>
              <option value="">{t('catalogue.choose')}</option>
              {RESPONSIBLE_LEVELS.map((level) => (
                <option key={level} value={level}>
                  {t(`evaluation.enums.responsibleLevel.${level}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.responsibleLevel === 'REGENCY' && (
          <FormField
            name="responsibleRegionCode"
            label={t('evaluation.recommendation.fields.responsibleRegionCode')}
            error={fieldError('responsibleRegionCode')}
            hint={t('evaluation.recommendation.hints.responsibleRegionCode')}
            required
          >
            {(control) => (
              <select {...control} value={values.responsibleRegionCode} onChange={set('responsibleRegionCode')}>
                <option value="">{t('catalogue.choose')}</option>
                {regencies.map((region) => (
                  <option key={region.code} value={region.code}>
                    {region.code} · {region.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField
          name="dueDate"
          label={t('evaluation.recommendation.fields.dueDate')}
          error={fieldError('dueDate')}
          hint={t('evaluation.recommendation.hints.dueDate')}
        >
          {(control) => <input {...control} type="date" value={values.dueDate} onChange={set('dueDate')} />}
        </FormField>
        <FormField name="status" label={t('evaluation.recommendation.fields.status')} error={fieldError('status')}>
          {(control) => (
            <select {...control} value={values.status} onChange={set('status')}>
              {RECOMMENDATION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`evaluation.enums.recommendationStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.status === 'CANNOT_ACT' && (
          <FormField
            name="statusReason"
            label={t('evaluation.recommendation.fields.statusReason')}
            error={fieldError('statusReason')}
            required
            className="span-2"
          >
            {(control) => <textarea {...control} rows={2} value={values.statusReason} onChange={set('statusReason')} />}
          </FormField>
        )}
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
