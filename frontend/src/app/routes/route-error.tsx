import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/**
 * What a page that failed to draw shows instead, inside the application's frame: the header
 * and navigation stay, so the user can go on elsewhere. Details go to the console only.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <section className="page">
      <div className="banner banner-error banner-stacked" role="alert">
        <strong>{t('routeError.title')}</strong>
        <span>{t('routeError.body')}</span>
      </div>
      <p className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <Link to="/">{t('routeError.home')}</Link>
      </p>
    </section>
  );
}
