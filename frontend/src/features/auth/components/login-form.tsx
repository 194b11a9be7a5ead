import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { ApiError } from '@/lib/errors';
import { useLogin } from '../api/login';

interface LoginFormProps {
  onSuccess: () => void;
}

export function LoginForm({ onSuccess }: LoginFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [missingFields, setMissingFields] = useState(false);
  const login = useLogin({ onSuccess });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmedUsername = username.trim();
    setMissingFields(!trimmedUsername || !password);
    if (!trimmedUsername || !password) return;
    login.mutate({ username: trimmedUsername, password });
  }

  const wrongCredentials = login.error instanceof ApiError && login.error.status === 401;

  return (
    <form className="login-form" onSubmit={handleSubmit} noValidate>
      {missingFields && (
        <div className="banner banner-error" role="alert">
          {t('auth.missingFields')}
        </div>
      )}
      {!missingFields && wrongCredentials && (
        <div className="banner banner-error" role="alert">
          {t('auth.invalidCredentials')}
        </div>
      )}
      {!missingFields && login.error && !wrongCredentials && <ErrorBanner error={login.error} />}

      <label className="field">
        <span>{t('auth.username')}</span>
        <input
          name="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(event) => setUsername(event.target.value)}
        />
      </label>
      <label className="field">
        <span>{t('auth.password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary" disabled={login.isPending}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
