import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/features/auth';
import type { Indicator, Program } from '@/features/catalogue';
import { ChoiceField } from '@/components/form/choice-field';
import { RecordFormFrame } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { choice, textOrNull } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import { FINDING_CATEGORIES, type FindingInput, type Meeting, SEVERITIES } from '../api/types';
import { regionName } from './use-region-names';
import { isRegionBound, ownRegion } from '@/lib/authorization';

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

const coded = (items: readonly { code: string; name: string }[]) =>
  items.map((item) => ({ value: item.code, label: `${item.code} · ${item.name}` }));

export function FindingForm(props: FindingFormProps) {
  const { user, initialValues, regions, meetings, programs, indicators, error, onSubmit, ...frame } = props;
  const { t } = useTranslation();
  const form = useRecordForm({ initialValues, error, onSubmit: (values) => onSubmit(findingInput(values)) });
  const { programCode, indicatorCode } = form.values;
  const programIndicators = programCode
    ? indicators.filter((indicator) => indicator.programCode === programCode)
    : indicators;

  const chooseProgram = (code: string) => {
    form.set('programCode', code);
    // An indicator of another program no longer fits.
    if (code && !indicatorCode.startsWith(`${code}.`)) form.set('indicatorCode', '');
  };

  const chooseIndicator = (code: string) => {
    form.set('indicatorCode', code);
    const program = indicators.find((indicator) => indicator.code === code)?.programCode;
    if (program) form.set('programCode', program);
  };

  const label = (name: keyof FindingFormValues) => t(`evaluation.finding.fields.${name}`);

  return (
    <RecordFormFrame form={form} label={t('evaluation.findings.newTitle')} {...frame}>
      {isRegionBound(user) ? (
        <TextField
          {...form.text('regionCode')}
          value={regionName(form.values.regionCode, new Map(regions.map((region) => [region.code, region.name])))}
          label={label('regionCode')}
          hint={t('evaluation.finding.hints.regionFixed')}
          required
          readOnly
        />
      ) : (
        <ChoiceField
          {...form.text('regionCode')}
          label={label('regionCode')}
          required
          emptyLabel={t('catalogue.choose')}
          choices={coded(regions)}
        />
      )}
      <ChoiceField
        {...form.text('meetingId')}
        label={label('meetingId')}
        hint={t('evaluation.finding.hints.meeting')}
        emptyLabel={t('evaluation.finding.noMeeting')}
        choices={meetings.map((meeting) => ({ value: meeting.id, label: `${meeting.date} · ${meeting.title}` }))}
      />
      <TextField {...form.text('title')} label={label('title')} required className="span-2" maxLength={300} />
      <ChoiceField
        {...form.text('category')}
        label={label('category')}
        required
        emptyLabel={t('catalogue.choose')}
        choices={FINDING_CATEGORIES.map((value) => ({ value, label: t(`evaluation.enums.category.${value}`) }))}
      />
      <ChoiceField
        {...form.text('severity')}
        label={label('severity')}
        required
        emptyLabel={t('catalogue.choose')}
        choices={SEVERITIES.map((value) => ({ value, label: t(`evaluation.enums.severity.${value}`) }))}
      />
      <ChoiceField
        {...form.text('programCode')}
        onChange={(event) => chooseProgram(event.target.value)}
        label={label('programCode')}
        emptyLabel={t('evaluation.finding.noneChosen')}
        choices={coded(programs)}
      />
      <ChoiceField
        {...form.text('indicatorCode')}
        onChange={(event) => chooseIndicator(event.target.value)}
        label={label('indicatorCode')}
        emptyLabel={t('evaluation.finding.noneChosen')}
        choices={coded(programIndicators)}
      />
      <TextAreaField {...form.text('description')} label={label('description')} required className="span-2" rows={4} />
      <TextField {...form.text('foundOn')} label={label('foundOn')} hint={t('evaluation.finding.hints.foundOn')} type="date" />
    </RecordFormFrame>
  );
}
