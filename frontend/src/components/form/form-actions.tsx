import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Save and cancel at the foot of a record form. */
export function FormActions({ submitting, cancelTo }: { submitting: boolean; cancelTo: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={submitting}>
        {submitting ? t('form.saving') : t('form.save')}
      </button>
      <Link to={cancelTo} className="button button-secondary">
        {t('form.cancel')}
      </Link>
    </div>
  );
}
