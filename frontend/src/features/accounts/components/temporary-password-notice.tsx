import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface TemporaryPasswordNoticeProps {
  username: string;
  password: string;
  onClose: () => void;
}

/** The one moment a temporary password is visible: the server keeps only its hash. */
export function TemporaryPasswordNotice({ username, password, onClose }: TemporaryPasswordNoticeProps) {
  const { t } = useTranslation();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');

  async function copyPassword() {
    try {
      await navigator.clipboard.writeText(password);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <section className="temporary-password" role="alertdialog" aria-labelledby="temporary-password-title">
      <h2 id="temporary-password-title">{t('accounts.temporaryPassword.title', { name: username })}</h2>
      <p className="temporary-password-value">
        <code aria-label={t('accounts.temporaryPassword.title', { name: username })}>{password}</code>
        <button type="button" className="button button-secondary" onClick={() => void copyPassword()}>
          {copy === 'copied' ? t('accounts.temporaryPassword.copied') : t('accounts.temporaryPassword.copy')}
        </button>
      </p>
      {copy === 'failed' && <p role="alert">{t('accounts.temporaryPassword.copyFailed')}</p>}
      <p className="temporary-password-note">
        <strong>{t('accounts.temporaryPassword.onlyOnce')}</strong>
      </p>
      <button type="button" className="button button-primary" onClick={onClose}>
        {t('accounts.temporaryPassword.close')}
      </button>
    </section>
  );
}
