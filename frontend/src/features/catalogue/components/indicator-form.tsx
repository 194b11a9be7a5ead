import { useTranslation } from 'react-i18next';
import { numberExample, parseNumber } from '@/lib/numbers';
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
import { ChoiceField } from '@/components/form/choice-field';
import { RecordFormFrame, type RecordFormProps } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { type FieldKinds, type FormValues, formInput, formValues } from '@/lib/field-kinds';
import { ActiveField, CodeField, EnumField } from './catalogue-fields';

/** How each field of an indicator goes between the API and the form. */
const FIELD_KINDS: FieldKinds<IndicatorInput> = {
  code: 'code', programCode: 'text', name: 'text', unit: 'text',
  measure: 'choice', polarity: 'choice', periodType: 'choice', timeAggregation: 'choice', regionAggregation: 'choice',
  baselineYear: 'optionalNumber', baselineValue: 'decimal', rangeLow: 'decimal', rangeHigh: 'decimal',
  dataSource: 'optionalText', ministryCode: 'optionalText', active: 'flag',
};

/** The fields that hold a decimal, typed and shown in the notation of the user's language. */
const DECIMAL_FIELDS = ['baselineValue', 'rangeLow', 'rangeHigh'] as const;

export type IndicatorFormValues = FormValues<IndicatorInput>;

/** A new indicator belongs to `programCode` until another program is chosen. */
export function indicatorFormValues(indicator?: Indicator, programCode = '', language = 'id'): IndicatorFormValues {
  return { ...formValues(FIELD_KINDS, indicator, language), programCode: indicator?.programCode ?? programCode };
}

interface IndicatorFormProps extends RecordFormProps<IndicatorFormValues, IndicatorInput> {
  /** The programs to choose from. */
  programs: Program[];
}

export function IndicatorForm({ initialValues, creating, programs, error, onSubmit, ...frame }: IndicatorFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const form = useRecordForm({
    initialValues,
    error,
    creating,
    duplicate: { field: 'code', message: t('catalogue.messages.duplicateCode') },
    // A number that cannot be read is refused here, never sent as a guess.
    validate: (values) => {
      const unreadable = DECIMAL_FIELDS.filter((name) => parseNumber(values[name], language).kind === 'invalid');
      const example = numberExample(language);
      return Object.fromEntries(unreadable.map((name) => [name, t('form.invalidNumber', { example })]));
    },
    onSubmit: (values) => onSubmit(formInput(FIELD_KINDS, values, language)),
  });
  const { values } = form;

  // A retired program stays selectable for an indicator that already belongs to it.
  const programChoices = programs
    .filter((program) => program.active || program.code === values.programCode)
    .map((program) => ({ value: program.code, label: `${program.code} · ${program.name}` }));

  // The bounds of the range are needed only by a RANGE indicator.
  const decimal = (name: (typeof DECIMAL_FIELDS)[number], rangeBound = false) => (
    <TextField
      {...form.text(name)}
      label={t(`catalogue.fields.${name}`)}
      hint={rangeBound ? t('catalogue.hints.range') : undefined}
      required={rangeBound && values.polarity === 'RANGE'}
      type="text"
      inputMode="decimal"
    />
  );

  return (
    <RecordFormFrame form={form} {...frame}>
      <CodeField {...form.text('code')} creating={creating} />
      <ChoiceField
        {...form.text('programCode')}
        label={t('catalogue.fields.programCode')}
        required
        emptyLabel={t('catalogue.choose')}
        choices={programChoices}
      />
      <TextField {...form.text('name')} label={t('catalogue.fields.name')} required className="span-2" />
      <TextField {...form.text('unit')} label={t('catalogue.fields.unit')} required />
      <EnumField {...form.text('measure')} options={MEASURES} />
      <EnumField {...form.text('polarity')} options={POLARITIES} />
      <EnumField {...form.text('periodType')} options={PERIOD_TYPES} />
      <EnumField {...form.text('timeAggregation')} options={TIME_AGGREGATIONS} />
      <EnumField {...form.text('regionAggregation')} options={REGION_AGGREGATIONS} />
      <TextField {...form.text('baselineYear')} label={t('catalogue.fields.baselineYear')} type="number" step={1} />
      {decimal('baselineValue')}
      {decimal('rangeLow', true)}
      {decimal('rangeHigh', true)}
      <TextAreaField {...form.text('dataSource')} label={t('catalogue.fields.dataSource')} className="span-2" rows={2} />
      <TextField {...form.text('ministryCode')} label={t('catalogue.fields.ministryCode')} />
      <ActiveField {...form.checkbox('active')} creating={creating} />
    </RecordFormFrame>
  );
}
