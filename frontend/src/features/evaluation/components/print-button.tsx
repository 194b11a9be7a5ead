import { useTranslation } from 'react-i18next';

/** Opens the browser's print dialog; the print stylesheet leaves only the summary on paper. */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-secondary no-print" onClick={() => window.print()}>
      {t('evaluation.meeting.print')}
    </button>
  );
}
