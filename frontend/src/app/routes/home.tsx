import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/features/auth';
import { ExportButton } from '@/features/imports';
import { isReadOnly } from '@/lib/authorization';
import { WorkList } from '@/features/work';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const year = new Date().getFullYear();
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      {user && <p className="lead">{t('home.welcome', { name: user.displayName })}</p>}
      {user && <WorkList />}
      {user && (
        // Everyone's way to the figures: the nation's provinces, or one's own province's regencies and cities.
        <section className="home-overview" aria-labelledby="home-overview-title">
          <h2 id="home-overview-title">{t('achievements.title')}</h2>
          <p>{t('achievements.homeIntro')}</p>
          <Link to="/overview" className="button button-primary">
            {t('achievements.homeLink')}
          </Link>
        </section>
      )}
      <p className="muted">{t('app.tagline')}</p>
      {isReadOnly(user) ? (
        // The ministry comes to compare the regions and to take the data away.
        <>
          <p className="banner banner-notice">{t('shell.readOnlyHint')}</p>
          <ul className="home-actions">
            <li>
              <Link to="/achievements" className="button button-secondary">
                {t('home.compareRegions')}
              </Link>
            </li>
            <li>
              <ExportButton kind="realizations" query={{ year }} text={t('home.exportYear', { year })} />
            </li>
          </ul>
        </>
      ) : (
        <>
          <p>{t('home.intro')}</p>
          <p>
            <Link to="/regions">{t('home.regionsLink')}</Link>
          </p>
        </>
      )}
    </section>
  );
}
