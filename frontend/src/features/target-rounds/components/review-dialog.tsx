import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberExample, parseNumberOrNaN } from '@/lib/numbers';

interface ReviewDialogProps {
  kind: 'adjust' | 'return';
  /** What is reviewed, in words: indicator, region and proposed value. */
  summary: string;
  /** The value the adjust field starts from. */
  initialValue?: string;
  busy?: boolean;
  onConfirm: (result: { value?: number; reason: string }) => void;
  onCancel: () => void;
}

/** Adjusts a proposal (value and reason) or returns it (reason); the reason cannot be left blank. */
export function ReviewDialog({ kind, summary, initialValue = '', busy = false, onConfirm, onCancel }: ReviewDialogProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [value, setValue] = useState(initialValue);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ value?: boolean; reason?: boolean }>({});
  const titleId = useId();
  const valueId = useId();
  const reasonId = useId();
  const hintId = useId();
  const first = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => first.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = kind === 'adjust' ? parseNumberOrNaN(value, language) : 0;
    const next = {
      value: kind === 'adjust' && (number === null || Number.isNaN(number)),
      reason: !reason.trim(),
    };
    setErrors(next);
    if (next.value || next.reason) return;
    onConfirm({ value: kind === 'adjust' ? (number as number) : undefined, reason: reason.trim() });
  }

  return (
    <div className="dialog-backdrop">
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      >
        <h2 id={titleId}>
          {kind === 'adjust' ? t('targetRounds.review.dialog.adjustTitle') : t('targetRounds.review.dialog.returnTitle')}
        </h2>
        <p>{summary}</p>
        <form onSubmit={submit} noValidate>
          {kind === 'adjust' && (
            <div className={errors.value ? 'field field-invalid' : 'field'}>
              <label htmlFor={valueId} className="label-required">
                {t('targetRounds.review.dialog.value')}
              </label>
              <input
                id={valueId}
                ref={first}
                type="text"
                inputMode="decimal"
                value={value}
                aria-invalid={errors.value || undefined}
                onChange={(event) => setValue(event.target.value)}
              />
              {errors.value && (
                <p className="field-error" role="alert">
                  {value.trim()
                    ? t('form.invalidNumber', { example: numberExample(language) })
                    : t('targetRounds.review.dialog.valueRequired')}
                </p>
              )}
            </div>
          )}
          <div className={errors.reason ? 'field field-invalid' : 'field'}>
            <label htmlFor={reasonId} className="label-required">
              {t('targetRounds.review.dialog.reason')}
            </label>
            <textarea
              id={reasonId}
              ref={kind === 'return' ? first : undefined}
              rows={3}
              value={reason}
              required
              aria-invalid={errors.reason || undefined}
              aria-describedby={hintId}
              onChange={(event) => setReason(event.target.value)}
            />
            <p id={hintId} className="field-hint">
              {t('targetRounds.review.dialog.reasonHint')}
            </p>
            {errors.reason && (
              <p className="field-error" role="alert">
                {t('targetRounds.review.dialog.reasonRequired')}
              </p>
            )}
          </div>
          <div className="form-actions dialog-actions">
            <button type="submit" className={kind === 'return' ? 'button button-danger' : 'button button-primary'} disabled={busy}>
              {kind === 'adjust' ? t('targetRounds.review.dialog.confirmAdjust') : t('targetRounds.review.dialog.confirmReturn')}
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('targetRounds.review.dialog.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
