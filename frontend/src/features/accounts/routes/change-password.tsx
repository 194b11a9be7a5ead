import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { LanguageSwitch } from '@/components/language-switch';
import { Loading } from '@/components/loading';
import { useCurrentUser } from '@/features/auth';
import { useLogout } from '@/features/auth';
import { ApiError } from '@/lib/errors';
import { useChangePassword } from '../api/change-password';
import '../accounts.css';

/**
 * Changing one's own password: for everyone from the header, and the only page open to someone who
 * signed in with a temporary password until they have chosen their own.
 */
export function ChangePasswordRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logout = useLogout();
  const { data: me, isPending } = useCurrentUser();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [localError, setLocalError] = useState<'missing' | 'mismatch' | null>(null);
  const change = useChangePassword({ onSuccess: () => void navigate('/', { replace: true, state: { passwordChanged: true } }) });
  const ids = { current: useId(), next: useId(), confirm: useId() };

  if (isPending) return <Loading />;
  const forced = me?.mustChangePassword ?? false;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!current || !next || !confirm) return setLocalError('missing');
    if (next !== confirm) return setLocalError('mismatch');
    setLocalError(null);
    change.mutate({ currentPassword: current, newPassword: next });
  }

  const problems = change.error instanceof ApiError ? (change.error.problem.errors ?? []) : [];
  const ruleText = (message?: string) => {
    const key = `accounts.password.rule.${message ?? ''}`;
    const text = t(key as never);
    return text === key ? message : text;
  };
  const messagesFor = (field: string) =>
    problems
      .filter((problem) => problem.field === field)
      .map((problem) => (
        <li key={problem.message} className="field-error">
          {ruleText(problem.message)}
        </li>
      ));
  const otherError = change.error && problems.length === 0;

  return (
    <div className="login-page">
      <div className="login-language">
        <LanguageSwitch />
      </div>
      <main className="login-card">
        <p className="login-app-name">{t('app.name')}</p>
        <h1>{forced ? t('accounts.password.forcedTitle') : t('accounts.password.title')}</h1>
        <p className="muted">{forced ? t('accounts.password.forcedIntro') : t('accounts.password.intro')}</p>
        {localError && (
          <div className="banner banner-error" role="alert">
            {t(localError === 'missing' ? 'accounts.password.missing' : 'accounts.password.mismatch')}
          </div>
        )}
        {otherError && <ErrorBanner error={change.error} />}
        <form className="login-form" onSubmit={handleSubmit} noValidate>
          <div className="field">
            <label htmlFor={ids.current}>
              {forced ? t('accounts.password.currentTemporary') : t('accounts.password.current')}
            </label>
            <input
              id={ids.current}
              type="password"
              autoComplete="current-password"
              value={current}
              onChange={(event) => setCurrent(event.target.value)}
            />
            <ul role="alert">{messagesFor('currentPassword')}</ul>
          </div>
          <div className="field">
            <label htmlFor={ids.next}>{t('accounts.password.new')}</label>
            <input
              id={ids.next}
              type="password"
              autoComplete="new-password"
              value={next}
              onChange={(event) => setNext(event.target.value)}
            />
            <span className="field-hint password-rules">{t('accounts.password.rules')}</span>
            <ul role="alert">{messagesFor('newPassword')}</ul>
          </div>
          <div className="field">
            <label htmlFor={ids.confirm}>{t('accounts.password.confirm')}</label>
            <input
              id={ids.confirm}
              type="password"
              autoComplete="new-password"
              value={confirm}
              onChange={(event) => setConfirm(event.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={change.isPending}>
            {change.isPending ? t('accounts.password.submitting') : t('accounts.password.submit')}
          </button>
        </form>
        {forced ? (
          <button type="button" className="button button-secondary" onClick={logout}>
            {t('accounts.password.signOut')}
          </button>
        ) : (
          <Link to="/">{t('accounts.password.back')}</Link>
        )}
      </main>
    </div>
  );
}
