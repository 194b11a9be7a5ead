import { useTranslation } from 'react-i18next';
import { RecordFormFrame } from '@/components/form/record-form';
import { TextAreaField, TextField } from '@/components/form/text-field';
import { useRecordForm } from '@/components/form/use-record-form';
import { numberOrUndefined, textOrNull, toText } from '@/lib/form-values';
import type { Region } from '@/features/regions';
import type { Meeting, MeetingInput } from '../api/types';
import { type Attendance, AttendanceField } from './attendance-field';
import { parsePeriods } from './format';

export interface MeetingFormValues extends Attendance {
  title: string;
  date: string;
  place: string;
  year: string;
  periods: string;
  minutes: string;
}

export function meetingFormValues(meeting?: Meeting): MeetingFormValues {
  return {
    title: meeting?.title ?? '',
    date: meeting?.date ?? '',
    place: meeting?.place ?? '',
    year: toText(meeting?.year),
    periods: (meeting?.periods ?? []).join(', '),
    invitedRegionCodes: meeting?.invitedRegionCodes ?? [],
    attendedRegionCodes: meeting?.attendedRegionCodes ?? [],
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
    invitedRegionCodes: values.invitedRegionCodes,
    attendedRegionCodes: values.attendedRegionCodes,
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

export function MeetingForm({ initialValues, regions, error, onSubmit, ...frame }: MeetingFormProps) {
  const { t } = useTranslation();
  // Keep the regions in the catalogue's order.
  const inCatalogueOrder = (codes: string[]) =>
    regions.map((region) => region.code).filter((code) => codes.includes(code));
  const form = useRecordForm({
    initialValues,
    error,
    onSubmit: (values) =>
      onSubmit(
        meetingInput({
          ...values,
          invitedRegionCodes: inCatalogueOrder(values.invitedRegionCodes),
          attendedRegionCodes: inCatalogueOrder(values.attendedRegionCodes),
        }),
      ),
  });
  const label = (name: keyof MeetingFormValues) => t(`evaluation.meeting.fields.${name}`);
  const attendanceError = [form.fieldError('invitedRegionCodes'), form.fieldError('attendedRegionCodes')]
    .filter(Boolean)
    .join('; ');

  return (
    <RecordFormFrame form={form} {...frame}>
      <TextField {...form.text('title')} label={label('title')} required className="span-2" maxLength={300} />
      <TextField {...form.text('date')} label={label('date')} required type="date" />
      <TextField {...form.text('place')} label={label('place')} required maxLength={300} />
      <TextField {...form.text('year')} label={label('year')} required type="number" min={2000} max={2100} step={1} />
      <TextField
        {...form.text('periods')}
        label={label('periods')}
        hint={t('evaluation.meeting.hints.periods')}
        autoComplete="off"
      />
      <AttendanceField
        invitedRegionCodes={form.values.invitedRegionCodes}
        attendedRegionCodes={form.values.attendedRegionCodes}
        regions={regions}
        error={attendanceError || undefined}
        onChange={(attendance) => {
          form.set('invitedRegionCodes', attendance.invitedRegionCodes);
          form.set('attendedRegionCodes', attendance.attendedRegionCodes);
        }}
      />
      <TextAreaField {...form.text('minutes')} label={label('minutes')} className="span-2" rows={6} />
    </RecordFormFrame>
  );
}
