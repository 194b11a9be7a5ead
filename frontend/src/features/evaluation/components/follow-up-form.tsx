import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormFailureBanner } from '@/components/form/form-failure-banner';
import { FormField } from '@/components/form/form-field';
import { textOrNull } from '@/lib/form-values';
import { type FollowUpInput, RECOMMENDATION_STATUSES, type RecommendationStatus } from '../api/types';
import { useFormFailure } from './form-failure';
import { todayIso } from './format';

const FORM_FIELDS = ['date', 'description', 'evidenceUrl', 'status', 'statusReason'] as const;

interface FollowUpFormProps {
  submitting: boolean;
  error: unknown;
  onSubmit: (input: FollowUpInput) => void;
  onCancel: () => void;
  /** Today, where the user is; the date may not be later. */
  today?: string;
}

/** A dated action with its evidence; it may move the recommendation to a new status. */
export function FollowUpForm({ submitting, error, onSubmit, onCancel, today = todayIso() }: FollowUpFormProps) {
  const { t } = useTranslation();
  const [date, setDate] = useState(today);
  const [description, setDescription] = useState('');
  const [evidenceUrl, setEvidenceUrl] = useState('');
  const [status, setStatus] = useState<RecommendationStatus | ''>('');
  const [statusReason, setStatusReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const { failure, fieldError } = useFormFailure(error, FORM_FIELDS);
  const needsReason = status === 'CANNOT_ACT';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // The reason is the whole point of status 4: ask for it before going to the server.
    if (needsReason && !statusReason.trim()) {
      setReasonMissing(true);
      return;
    }
    setReasonMissing(false);
    onSubmit({
      date,
      description: description.trim(),
      evidenceUrl: textOrNull(evidenceUrl),
      status: status || null,
      statusReason: needsReason ? statusReason.trim() : null,
    });
  };

  return (
    <form className="record-form follow-up-form" onSubmit={submit} noValidate aria-label={t('evaluation.followUp.addTitle')}>
      <h4>{t('evaluation.followUp.addTitle')}</h4>
      {failure && <FormFailureBanner failure={failure} />}
      <div className="form-grid">
        <FormField
          name="date"
          label={t('evaluation.followUp.fields.date')}
          error={fieldError('date')}
          hint={t('evaluation.followUp.hints.date')}
          required
        >
          {(control) => (
            <input {...control} type="date" value={date} max={today} onChange={(event) => setDate(event.target.value)} />
          )}
        </FormField>
        <FormField
          name="status"
          label={t('evaluation.followUp.fields.status')}
          error={fieldError('status')}
          hint={t('evaluation.followUp.hints.status')}
        >
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(event) => setStatus(event.target.value as RecommendationStatus | '')}
            >
              <option value="">{t('evaluation.followUp.keepStatus')}</option>
              {RECOMMENDATION_STATUSES.map((option) => (
                <option key={option} value={option}>
                  {t(`evaluation.enums.recommendationStatus.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {needsReason && (
          <FormField
            name="statusReason"
            label={t('evaluation.followUp.fields.statusReason')}
            error={reasonMissing ? t('evaluation.followUp.reasonRequired') : fieldError('statusReason')}
            required
            className="span-2"
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                value={statusReason}
                onChange={(event) => setStatusReason(event.target.value)}
              />
            )}
          </FormField>
        )}
        <FormField
          name="description"
          label={t('evaluation.followUp.fields.description')}
          error={fieldError('description')}
          required
          className="span-2"
        >
          {(control) => (
            <textarea {...control} rows={3} value={description} onChange={(event) => setDescription(event.target.value)} />
          )}
        </FormField>
        <FormField
          name="evidenceUrl"
          label={t('evaluation.followUp.fields.evidenceUrl')}
          error={fieldError('evidenceUrl')}
          hint={t('evaluation.followUp.hints.evidenceUrl')}
          className="span-2"
        >
          {(control) => (
            <input
              {...control}
              type="url"
              inputMode="url"
              placeholder="https://"
              value={evidenceUrl}
              onChange={(event) => setEvidenceUrl(event.target.value)}
            />
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
