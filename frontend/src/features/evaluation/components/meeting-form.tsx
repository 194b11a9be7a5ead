import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { FormField } from '@/components/form/form-field';
import { numberOrUndefined, textOrNull, toText } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import type { Meeting, MeetingInput } from '../api/types';
import { useFormFailure } from './form-failure';
import { parsePeriods } from './format';

const FORM_FIELDS = [
  'title',
  'date',
  'place',
  'year',
  'periods',
  'invitedRegionCodes',
  'attendedRegionCodes',
  'minutes',
] as const;

export interface MeetingFormValues {
  title: string;
  date: string;
  place: string;
  year: string;
  periods: string;
  invited: string[];
  attended: string[];
  minutes: string;
}

export function meetingFormValues(meeting?: Meeting): MeetingFormValues {
  return {
    title: meeting?.title ?? '',
    date: meeting?.date ?? '',
    place: meeting?.place ?? '',
    year: toText(meeting?.year),
    periods: (meeting?.periods ?? []).join(', '),
    invited: meeting?.invitedRegionCodes ?? [],
    attended: meeting?.attendedRegionCodes ?? [],
    minutes: meeting?.minutes ?? '',
  };
}

export function meetingInput(values: MeetingFormValues): MeetingInput {
  return {
    title: values.title.trim(),
    // Left out when empty, so that the server names the field.
    date: values.date || (undefined as unknown as string),
    place: values.place.trim(),
    year: numberOrUndefined(values.year) as number,
    periods: parsePeriods(values.periods),
    invitedRegionCodes: values.invited,
    attendedRegionCodes: values.attended,
    minutes: textOrNull(values.minutes),
  };
}

interface MeetingFormProps {
  initialValues: MeetingFormValues;
  /** The regencies and cities that can be invited. */
  regions: readonly Region[];
  submitting: boolean;
  error: unknown;
  onSubmit: (input: MeetingInput) => void;
  cancelTo: string;
}

export function MeetingForm({ initialValues, regions, submitting, error, onSubmit, cancelTo }: MeetingFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const { failure, fieldError } = useFormFailure(error, FORM_FIELDS);
  const set =
    (name: 'title' | 'date' | 'place' | 'year' | 'periods' | 'minutes') =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const toggle = (list: 'invited' | 'attended', code: string, checked: boolean) =>
    setValues((current) => {
      const without = (codes: string[]) => codes.filter((entry) => entry !== code);
      const withCode = (codes: string[]) => (codes.includes(code) ? codes : [...codes, code]);
      if (list === 'attended') {
        // Whoever attended was invited.
        return checked
          ? { ...current, attended: withCode(current.attended), invited: withCode(current.invited) }
          : { ...current, attended: without(current.attended) };
      }
      return checked
        ? { ...current, invited: withCode(current.invited) }
        : { ...current, invited: without(current.invited), attended: without(current.attended) };
    });

  const all = regions.map((region) => region.code);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Keep the regions in the catalogue's order.
    onSubmit(
      meetingInput({
        ...values,
        invited: all.filter((code) => values.invited.includes(code)),
        attended: all.filter((code) => values.attended.includes(code)),
      }),
    );
  };

  return (
    <form className="record-form" onSubmit={submit} noValidate>
      {failure && <FormFailureBanner failure={failure} />}
      <div className="form-grid">
        <FormField name="title" label={t('evaluation.meeting.fields.title')} error={fieldError('title')} required className="span-2">
          {(control) => <input {...control} value={values.title} onChange={set('title')} maxLength={300} />}
        </FormField>
        <FormField name="date" label={t('evaluation.meeting.fields.date')} error={fieldError('date')} required>
          {(control) => <input {...control} type="date" value={values.date} onChange={set('date')} />}
        </FormField>
        <FormField name="place" label={t('evaluation.meeting.fields.place')} error={fieldError('place')} required>
          {(control) => <input {...control} value={values.place} onChange={set('place')} maxLength={300} />}
        </FormField>
        <FormField name="year" label={t('evaluation.meeting.fields.year')} error={fieldError('year')} required>
          {(control) => (
            <input {...control} type="number" min={2000} max={2100} step={1} value={values.year} onChange={set('year')} />
          )}
        </FormField>
        <FormField
          name="periods"
          label={t('evaluation.meeting.fields.periods')}
          error={fieldError('periods')}
          hint={t('evaluation.meeting.hints.periods')}
        >
          {(control) => <input {...control} value={values.periods} onChange={set('periods')} autoComplete="off" />}
        </FormField>

        <fieldset className="span-2 attendance-fieldset">
          <legend>{t('evaluation.meeting.fields.regions')}</legend>
          <p className="field-hint">{t('evaluation.meeting.hints.attendance')}</p>
          {(fieldError('invitedRegionCodes') || fieldError('attendedRegionCodes')) && (
            <p className="field-error" role="alert">
              {[fieldError('invitedRegionCodes'), fieldError('attendedRegionCodes')].filter(Boolean).join('; ')}
            </p>
          )}
          <div className="button-row">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setValues((current) => ({ ...current, invited: all }))}
            >
              {t('evaluation.meeting.inviteAll')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setValues((current) => ({ ...current, invited: all, attended: all }))}
            >
              {t('evaluation.meeting.attendAll')}
            </button>
          </div>
          <table className="data-table attendance-table">
            <thead>
              <tr>
                <th scope="col">{t('regions.column.name')}</th>
                <th scope="col">{t('evaluation.meeting.fields.invitedRegionCodes')}</th>
                <th scope="col">{t('evaluation.meeting.fields.attendedRegionCodes')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((region) => (
                <tr key={region.code}>
                  <th scope="row">{region.name}</th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('evaluation.meeting.fields.invitedRegionCodes')}: ${region.name}`}
                      checked={values.invited.includes(region.code)}
                      onChange={(event) => toggle('invited', region.code, event.target.checked)}
                    />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`${t('evaluation.meeting.fields.attendedRegionCodes')}: ${region.name}`}
                      checked={values.attended.includes(region.code)}
                      onChange={(event) => toggle('attended', region.code, event.target.checked)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </fieldset>

        <FormField name="minutes" label={t('evaluation.meeting.fields.minutes')} error={fieldError('minutes')} className="span-2">
          {(control) => <textarea {...control} rows={6} value={values.minutes} onChange={set('minutes')} />}
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
