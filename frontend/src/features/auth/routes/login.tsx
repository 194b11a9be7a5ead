import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { readToken } from '@/lib/token-storage';
import { LoginForm } from '../components/login-form';
import { type LoginNotice, LoginNoticeBanner } from '../components/login-notice';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as LoginNotice;
  const destination = state.from && state.from !== '/login' ? state.from : '/';

  if (readToken()) {
    return <Navigate to={destination} replace />;
  }

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="login-app-name">{t('app.name')}</p>
        <p className="login-tagline">{t('app.tagline')}</p>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        <LoginNoticeBanner notice={state.notice} />
        <LoginForm onSuccess={() => void navigate(destination, { replace: true })} />
      </main>
      <footer className="login-footer">{t('app.agency')}</footer>
    </div>
  );
}
