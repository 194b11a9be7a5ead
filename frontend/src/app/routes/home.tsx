import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/features/auth';

export function HomeRoute() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  return (
    <section className="page">
      <h1>{t('home.title')}</h1>
      {user && <p className="lead">{t('home.welcome', { name: user.displayName })}</p>}
      <p className="muted">{t('app.tagline')}</p>
      <p>{t('home.intro')}</p>
      <p>
        <Link to="/regions">{t('home.regionsLink')}</Link>
      </p>
    </section>
  );
}
