import { useTranslation } from 'react-i18next';
import type { Region } from '@/features/regions';

export interface Attendance {
  invitedRegionCodes: string[];
  attendedRegionCodes: string[];
}

interface AttendanceFieldProps extends Attendance {
  regions: readonly Region[];
  error?: string;
  onChange: (attendance: Attendance) => void;
}

const without = (codes: string[], code: string) => codes.filter((entry) => entry !== code);
const withCode = (codes: string[], code: string) => (codes.includes(code) ? codes : [...codes, code]);

/** Which regencies and cities were invited to a meeting and which attended; whoever attended was invited. */
export function AttendanceField({ regions, error, onChange, ...attendance }: AttendanceFieldProps) {
  const { t } = useTranslation();
  const { invitedRegionCodes: invited, attendedRegionCodes: attended } = attendance;
  const all = regions.map((region) => region.code);
  const invitedLabel = t('evaluation.meeting.fields.invitedRegionCodes');
  const attendedLabel = t('evaluation.meeting.fields.attendedRegionCodes');

  const invite = (code: string, checked: boolean) =>
    onChange(
      checked
        ? { invitedRegionCodes: withCode(invited, code), attendedRegionCodes: attended }
        : { invitedRegionCodes: without(invited, code), attendedRegionCodes: without(attended, code) },
    );
  const attend = (code: string, checked: boolean) =>
    onChange(
      checked
        ? { invitedRegionCodes: withCode(invited, code), attendedRegionCodes: withCode(attended, code) }
        : { invitedRegionCodes: invited, attendedRegionCodes: without(attended, code) },
    );

  return (
    <fieldset className="span-2 attendance-fieldset">
      <legend>{t('evaluation.meeting.fields.regions')}</legend>
      <p className="field-hint">{t('evaluation.meeting.hints.attendance')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ invitedRegionCodes: all, attendedRegionCodes: attended })}
        >
          {t('evaluation.meeting.inviteAll')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => onChange({ invitedRegionCodes: all, attendedRegionCodes: all })}
        >
          {t('evaluation.meeting.attendAll')}
        </button>
      </div>
      <table className="data-table attendance-table">
        <thead>
          <tr>
            <th scope="col">{t('regions.column.name')}</th>
            <th scope="col">{invitedLabel}</th>
            <th scope="col">{attendedLabel}</th>
          </tr>
        </thead>
        <tbody>
          {regions.map((region) => (
            <tr key={region.code}>
              <th scope="row">{region.name}</th>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${invitedLabel}: ${region.name}`}
                  checked={invited.includes(region.code)}
                  onChange={(event) => invite(region.code, event.target.checked)}
                />
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${attendedLabel}: ${region.name}`}
                  checked={attended.includes(region.code)}
                  onChange={(event) => attend(region.code, event.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </fieldset>
  );
}
