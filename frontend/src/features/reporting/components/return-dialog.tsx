import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ReturnDialogProps {
  /** What is returned, in words: indicator, region, period and value. */
  summary: string;
  busy?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a value goes back to its region; the reason cannot be left blank. */
export function ReturnDialog({ summary, busy = false, onConfirm, onCancel }: ReturnDialogProps) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [showError, setShowError] = useState(false);
  const titleId = useId();
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => textarea.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = reason.trim();
    if (!trimmed) {
      setShowError(true);
      textarea.current?.focus();
      return;
    }
    onConfirm(trimmed);
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
        <h2 id={titleId}>{t('reporting.verification.dialog.title')}</h2>
        <p>{summary}</p>
        <form onSubmit={submit} noValidate>
          <div className={showError ? 'field field-invalid' : 'field'}>
            <label htmlFor={reasonId} className="label-required">
              {t('reporting.verification.dialog.reason')}
            </label>
            <textarea
              id={reasonId}
              ref={textarea}
              rows={4}
              value={reason}
              required
              aria-invalid={showError || undefined}
              aria-describedby={showError ? `${errorId} ${hintId}` : hintId}
              onChange={(event) => {
                setReason(event.target.value);
                if (event.target.value.trim()) setShowError(false);
              }}
            />
            <p id={hintId} className="field-hint">
              {t('reporting.verification.dialog.reasonHint')}
            </p>
            {showError && (
              <p id={errorId} className="field-error" role="alert">
                {t('reporting.verification.dialog.reasonRequired')}
              </p>
            )}
          </div>
          <div className="form-actions dialog-actions">
            <button type="submit" className="button button-danger" disabled={busy}>
              {t('reporting.verification.dialog.confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('reporting.verification.dialog.cancel')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
