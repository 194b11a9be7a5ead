import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CurrentUser } from '@/features/auth';
import type { Indicator, Program } from '@/features/catalogue';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { FormField } from '@/components/form/form-field';
import { choice, textOrNull } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import { FINDING_CATEGORIES, type FindingInput, type Meeting, SEVERITIES } from '../api/types';
import { useFormFailure } from './form-failure';
import { regionName } from './use-region-names';
import { isRegionBound, ownRegion } from '@/lib/authorization';

const FORM_FIELDS = [
  'meetingId',
  'regionCode',
  'programCode',
  'indicatorCode',
  'category',
  'severity',
  'title',
  'description',
  'foundOn',
] as const;

export interface FindingFormValues {
  meetingId: string;
  regionCode: string;
  programCode: string;
  indicatorCode: string;
  category: string;
  severity: string;
  title: string;
  description: string;
  foundOn: string;
}

/** Empty values for a new finding; an operator's region is fixed to their own. */
export function newFindingValues(user: CurrentUser | undefined, meetingId = ''): FindingFormValues {
  return {
    meetingId,
    regionCode: ownRegion(user) ?? '',
    programCode: '',
    indicatorCode: '',
    category: '',
    severity: '',
    title: '',
    description: '',
    foundOn: '',
  };
}

export function findingInput(values: FindingFormValues): FindingInput {
  return {
    meetingId: values.meetingId || null,
    regionCode: values.regionCode,
    programCode: values.programCode || null,
    indicatorCode: values.indicatorCode || null,
    category: choice(values.category),
    severity: choice(values.severity),
    title: values.title.trim(),
    description: values.description.trim(),
    foundOn: textOrNull(values.foundOn),
  };
}

interface FindingFormProps {
  user: CurrentUser | undefined;
  initialValues: FindingFormValues;
  regions: readonly Region[];
  meetings: readonly Meeting[];
  programs: readonly Program[];
  indicators: readonly Indicator[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: FindingInput) => void;
  cancelTo: string;
}

export function FindingForm(props: FindingFormProps) {
  const { user, initialValues, regions, meetings, programs, indicators, submitting, error, onSubmit, cancelTo } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const { failure, fieldError } = useFormFailure(error, FORM_FIELDS);
  const regionFixed = isRegionBound(user);
  const names = new Map(regions.map((region) => [region.code, region.name]));
  const programIndicators = values.programCode
    ? indicators.filter((indicator) => indicator.programCode === values.programCode)
    : indicators;

  const set =
    (name: keyof FindingFormValues) =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const setProgram = (event: { target: { value: string } }) => {
    const programCode = event.target.value;
    setValues((current) => ({
      ...current,
      programCode,
      // An indicator of another program no longer fits.
      indicatorCode:
        programCode && !current.indicatorCode.startsWith(`${programCode}.`) ? '' : current.indicatorCode,
    }));
  };

  const setIndicator = (event: { target: { value: string } }) => {
    const indicatorCode = event.target.value;
    const program = indicators.find((indicator) => indicator.code === indicatorCode)?.programCode;
    setValues((current) => ({ ...current, indicatorCode, programCode: program ?? current.programCode }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(findingInput(values));
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate aria-label={t('evaluation.findings.newTitle')}>
      {failure && <FormFailureBanner failure={failure} />}
      <div className="form-grid">
        <FormField
          name="regionCode"
          label={t('evaluation.finding.fields.regionCode')}
          error={fieldError('regionCode')}
          hint={regionFixed ? t('evaluation.finding.hints.regionFixed') : undefined}
          required
        >
          {(control) =>
            regionFixed ? (
              <input {...control} value={regionName(values.regionCode, names)} readOnly />
            ) : (
              <select {...control} value={values.regionCode} onChange={set('regionCode')}>
                <option value="">{t('catalogue.choose')}</option>
                {regions.map((region) => (
                  <option key={region.code} value={region.code}>
                    {region.code} · {region.name}
                  </option>
                ))}
              </select>
            )
          }
        </FormField>
        <FormField
          name="meetingId"
          label={t('evaluation.finding.fields.meetingId')}
          error={fieldError('meetingId')}
          hint={t('evaluation.finding.hints.meeting')}
        >
          {(control) => (
            <select {...control} value={values.meetingId} onChange={set('meetingId')}>
              <option value="">{t('evaluation.finding.noMeeting')}</option>
              {meetings.map((meeting) => (
                <option key={meeting.id} value={meeting.id}>
                  {meeting.date} · {meeting.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="title" label={t('evaluation.finding.fields.title')} error={fieldError('title')} required className="span-2">
          {(control) => <input {...control} value={values.title} onChange={set('title')} maxLength={300} />}
        </FormField>
        <FormField name="category" label={t('evaluation.finding.fields.category')} error={fieldError('category')} required>
          {(control) => (
            <select {...control} value={values.category} onChange={set('category')}>
              <option value="">{t('catalogue.choose')}</option>
              {FINDING_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`evaluation.enums.category.${category}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="severity" label={t('evaluation.finding.fields.severity')} error={fieldError('severity')} required>
          {(control) => (
            <select {...control} value={values.severity} onChange={set('severity')}>
              <option value="">{t('catalogue.choose')}</option>
              {SEVERITIES.map((severity) => (
                <option key={severity} value={severity}>
                  {t(`evaluation.enums.severity.${severity}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="programCode" label={t('evaluation.finding.fields.programCode')} error={fieldError('programCode')}>
          {(control) => (
            <select {...control} value={values.programCode} onChange={setProgram}>
              <option value="">{t('evaluation.finding.noneChosen')}</option>
              {programs.map((program) => (
                <option key={program.code} value={program.code}>
                  {program.code} · {program.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          name="indicatorCode"
          label={t('evaluation.finding.fields.indicatorCode')}
          error={fieldError('indicatorCode')}
        >
          {(control) => (
            <select {...control} value={values.indicatorCode} onChange={setIndicator}>
              <option value="">{t('evaluation.finding.noneChosen')}</option>
              {programIndicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicator.code} · {indicator.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          name="description"
          label={t('evaluation.finding.fields.description')}
          error={fieldError('description')}
          required
          className="span-2"
        >
          {(control) => <textarea {...control} rows={4} value={values.description} onChange={set('description')} />}
        </FormField>
        <FormField
          name="foundOn"
          label={t('evaluation.finding.fields.foundOn')}
          error={fieldError('foundOn')}
          hint={t('evaluation.finding.hints.foundOn')}
        >
          {(control) => <input {...control} type="date" value={values.foundOn} onChange={set('foundOn')} />}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('evaluation.actions.saving') : t('evaluation.actions.save')}
        </button>
        <Link to={cancelTo} className="button button-secondary">
          {t('evaluation.actions.cancel')}
        </Link>
      </div>
    </form>
  );
}
