import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumberInput, numberExample, parseNumber } from '@/lib/numbers';
import {
  type Indicator,
  type IndicatorInput,
  MEASURES,
  PERIOD_TYPES,
  POLARITIES,
  type Program,
  REGION_AGGREGATIONS,
  TIME_AGGREGATIONS,
} from '../api/types';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { CheckboxField } from '@/components/form/checkbox-field';
import { FormActions } from '@/components/form/form-actions';
import { FormField } from '@/components/form/form-field';
import { choice, numberOrNull, textOrNull, toText } from '@/lib/form-values';
import { describeWriteFailure, localizeFieldMessage } from '@/lib/write-failure';

export interface IndicatorFormValues {
  code: string;
  programCode: string;
  name: string;
  unit: string;
  measure: string;
  polarity: string;
  periodType: string;
  timeAggregation: string;
  regionAggregation: string;
  baselineYear: string;
  baselineValue: string;
  rangeLow: string;
  rangeHigh: string;
  dataSource: string;
  ministryCode: string;
  active: boolean;
}

const FORM_FIELDS = [
  'code',
  'programCode',
  'name',
  'unit',
  'measure',
  'polarity',
  'periodType',
  'timeAggregation',
  'regionAggregation',
  'baselineYear',
  'baselineValue',
  'rangeLow',
  'rangeHigh',
  'dataSource',
  'ministryCode',
  'active',
] as const;

/** The fields that hold a decimal, typed and shown in the notation of the user's language. */
const DECIMAL_FIELDS = ['baselineValue', 'rangeLow', 'rangeHigh'] as const;

export function indicatorFormValues(indicator?: Indicator, programCode = '', language = 'id'): IndicatorFormValues {
  return {
    code: indicator?.code ?? '',
    programCode: indicator?.programCode ?? programCode,
    name: indicator?.name ?? '',
    unit: indicator?.unit ?? '',
    measure: indicator?.measure ?? '',
    polarity: indicator?.polarity ?? '',
    periodType: indicator?.periodType ?? '',
    timeAggregation: indicator?.timeAggregation ?? '',
    regionAggregation: indicator?.regionAggregation ?? '',
    baselineYear: toText(indicator?.baselineYear),
    baselineValue: formatNumberInput(indicator?.baselineValue, language),
    rangeLow: formatNumberInput(indicator?.rangeLow, language),
    rangeHigh: formatNumberInput(indicator?.rangeHigh, language),
    dataSource: indicator?.dataSource ?? '',
    ministryCode: indicator?.ministryCode ?? '',
    active: indicator?.active ?? true,
  };
}

export function indicatorInput(values: IndicatorFormValues, language = 'id'): IndicatorInput {
  const decimal = (text: string) => {
    const parsed = parseNumber(text, language);
    return parsed.kind === 'number' ? parsed.value : null;
  };
  return {
    // Left out when empty, so that the server reports it as missing.
    code: values.code.trim() || undefined,
    programCode: values.programCode,
    name: values.name.trim(),
    unit: values.unit.trim(),
    measure: choice(values.measure),
    polarity: choice(values.polarity),
    periodType: choice(values.periodType),
    timeAggregation: choice(values.timeAggregation),
    regionAggregation: choice(values.regionAggregation),
    baselineYear: numberOrNull(values.baselineYear),
    baselineValue: decimal(values.baselineValue),
    rangeLow: decimal(values.rangeLow),
    rangeHigh: decimal(values.rangeHigh),
    dataSource: textOrNull(values.dataSource),
    ministryCode: textOrNull(values.ministryCode),
    active: values.active,
  };
}

interface IndicatorFormProps {
  initialValues: IndicatorFormValues;
  creating: boolean;
  /** The programs to choose from. */
  programs: Program[];
  submitting: boolean;
  /** Why the last save was refused, if it was. */
  error: unknown;
  onSubmit: (input: IndicatorInput) => void;
  /** Loads the latest version after a 412. */
  onReload?: () => void;
  reloading?: boolean;
  cancelTo: string;
}

export function IndicatorForm(props: IndicatorFormProps) {
  const { initialValues, creating, programs, submitting, error, onSubmit, onReload, reloading, cancelTo } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [values, setValues] = useState(initialValues);
  const [numberErrors, setNumberErrors] = useState<Partial<Record<string, string>>>({});
  const failure = useMemo(
    () => (error ? describeWriteFailure(error, FORM_FIELDS, { creating }) : undefined),
    [error, creating],
  );
  const fieldError = (name: (typeof FORM_FIELDS)[number]) =>
    numberErrors[name] ??
    (failure?.kind === 'duplicate' && name === 'code'
      ? t('catalogue.messages.duplicateCode')
      : localizeFieldMessage(failure?.fieldErrors[name], t));

  const set =
    (name: keyof IndicatorFormValues) =>
    (event: { target: { value: string } }) =>
      setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // A number that cannot be read is refused here, never sent as a guess.
    const unreadable = DECIMAL_FIELDS.filter((name) => parseNumber(values[name], language).kind === 'invalid');
    const example = numberExample(language);
    setNumberErrors(Object.fromEntries(unreadable.map((name) => [name, t('form.invalidNumber', { example })])));
    if (unreadable.length === 0) onSubmit(indicatorInput(values, language));
  };

  // A retired program stays selectable for an indicator that already belongs to it.
  const programOptions = programs.filter((program) => program.active || program.code === values.programCode);

  const enumSelect = <T extends string>(
    name: 'measure' | 'polarity' | 'periodType' | 'timeAggregation' | 'regionAggregation',
    options: readonly T[],
  ) => (
    <FormField name={name} label={t(`catalogue.fields.${name}`)} error={fieldError(name)} required>
      {(control) => (
        <select {...control} value={values[name]} onChange={set(name)}>
          <option value="">{t('catalogue.choose')}</option>
          {options.map((option) => (
            <option key={option} value={option}>
              {t(`catalogue.enums.${name}.${option}` as 'catalogue.enums.measure.NUMBER')}
            </option>
          ))}
        </select>
      )}
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
        <FormField name="programCode" label={t('catalogue.fields.programCode')} error={fieldError('programCode')} required>
          {(control) => (
            <select {...control} value={values.programCode} onChange={set('programCode')}>
              <option value="">{t('catalogue.choose')}</option>
              {programOptions.map((program) => (
                <option key={program.code} value={program.code}>
                  {program.code} · {program.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="name" label={t('catalogue.fields.name')} error={fieldError('name')} required className="span-2">
          {(control) => <input {...control} value={values.name} onChange={set('name')} />}
        </FormField>
        <FormField name="unit" label={t('catalogue.fields.unit')} error={fieldError('unit')} required>
          {(control) => <input {...control} value={values.unit} onChange={set('unit')} />}
        </FormField>
        {enumSelect('measure', MEASURES)}
        {enumSelect('polarity', POLARITIES)}
        {enumSelect('periodType', PERIOD_TYPES)}
        {enumSelect('timeAggregation', TIME_AGGREGATIONS)}
        {enumSelect('regionAggregation', REGION_AGGREGATIONS)}
        <FormField name="baselineYear" label={t('catalogue.fields.baselineYear')} error={fieldError('baselineYear')}>
          {(control) => (
            <input {...control} type="number" step={1} value={values.baselineYear} onChange={set('baselineYear')} />
          )}
        </FormField>
        <FormField name="baselineValue" label={t('catalogue.fields.baselineValue')} error={fieldError('baselineValue')}>
          {(control) => (
            <input {...control} type="text" inputMode="decimal" value={values.baselineValue} onChange={set('baselineValue')} />
          )}
        </FormField>
        <FormField
          name="rangeLow"
          label={t('catalogue.fields.rangeLow')}
          error={fieldError('rangeLow')}
          hint={t('catalogue.hints.range')}
          required={values.polarity === 'RANGE'}
        >
          {(control) => (
            <input {...control} type="text" inputMode="decimal" value={values.rangeLow} onChange={set('rangeLow')} />
          )}
        </FormField>
        <FormField
          name="rangeHigh"
          label={t('catalogue.fields.rangeHigh')}
          error={fieldError('rangeHigh')}
          hint={t('catalogue.hints.range')}
          required={values.polarity === 'RANGE'}
        >
          {(control) => (
            <input {...control} type="text" inputMode="decimal" value={values.rangeHigh} onChange={set('rangeHigh')} />
          )}
        </FormField>
        <FormField name="dataSource" label={t('catalogue.fields.dataSource')} error={fieldError('dataSource')} className="span-2">
          {(control) => <textarea {...control} rows={2} value={values.dataSource} onChange={set('dataSource')} />}
        </FormField>
        <FormField name="ministryCode" label={t('catalogue.fields.ministryCode')} error={fieldError('ministryCode')}>
          {(control) => <input {...control} value={values.ministryCode} onChange={set('ministryCode')} />}
        </FormField>
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
