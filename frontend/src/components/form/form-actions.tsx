import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Where cancelling leads: another page, or back to what holds the form on this one. */
export type FormCancel = { cancelTo: string; onCancel?: never } | { onCancel: () => void; cancelTo?: never };

/** Save and cancel at the foot of a record form. */
export function FormActions({ submitting, ...cancel }: { submitting: boolean } & FormCancel) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={submitting}>
        {submitting ? t('form.saving') : t('form.save')}
      </button>
      {cancel.onCancel ? (
        <button type="button" className="button button-secondary" onClick={cancel.onCancel}>
          {t('form.cancel')}
        </button>
      ) : (
        <Link to={cancel.cancelTo} className="button button-secondary">
          {t('form.cancel')}
        </Link>
      )}
    </div>
  );
}
