import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { type NotificationSettingsInput, useNotificationSettings, useSaveNotificationSettings } from '../api/notifications';
import '../notifications.css';

type Mode = NotificationSettingsInput['emailMode'];
const MODES: Mode[] = ['DAILY', 'EACH', 'OFF'];

export function NotificationSettingsRoute() {
  const { t } = useTranslation();
  const settings = useNotificationSettings();
  const save = useSaveNotificationSettings();
  const [email, setEmail] = useState('');
  const [mode, setMode] = useState<Mode>('DAILY');

  useEffect(() => {
    if (settings.data) {
      setEmail(settings.data.email ?? '');
      setMode(settings.data.emailMode);
    }
  }, [settings.data]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ email: email.trim() === '' ? null : email.trim(), emailMode: mode });
  };

  return (
    <section className="page">
      <h1>{t('notifications.settings.title')}</h1>
      {settings.isPending && <Loading />}
      {settings.isError && <ErrorBanner error={settings.error} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <form className="settings-form" onSubmit={submit}>
          {!settings.data.mailEnabled && <NoticeBanner>{t('notifications.settings.mailOff')}</NoticeBanner>}
          <label className="field">
            <span>{t('notifications.settings.email')}</span>
            <input type="email" value={email} onChange={(event) => setEmail(event.target.value)} maxLength={254} />
          </label>
          <fieldset className="field">
            <legend>{t('notifications.settings.mode')}</legend>
            {MODES.map((value) => (
              <label key={value} className="radio">
                <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                {t(`notifications.settings.modes.${value}`)}
              </label>
            ))}
          </fieldset>
          {save.isError && <ErrorBanner error={save.error} />}
          {save.isSuccess && <p role="status">{t('notifications.settings.saved')}</p>}
          <button type="submit" className="button" disabled={save.isPending}>
            {t('notifications.settings.save')}
          </button>
        </form>
      )}
    </section>
  );
}
