import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';

/**
 * Asks before the user leaves a page with values not saved yet: a dialog for moves inside the
 * dashboard (another page, another period), the browser's own question for closing or reloading.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  useEffect(() => {
    if (!when) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the question only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);

  if (blocker.state !== 'blocked') return null;
  return (
    <div className="dialog-backdrop">
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="unsaved-title" aria-describedby="unsaved-body">
        <h2 id="unsaved-title">{t('form.unsaved.title')}</h2>
        <p id="unsaved-body">{t('form.unsaved.body')}</p>
        <div className="form-actions">
          <button type="button" className="button button-primary" onClick={() => blocker.reset()} autoFocus>
            {t('form.unsaved.stay')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => blocker.proceed()}>
            {t('form.unsaved.leave')}
          </button>
        </div>
      </div>
    </div>
  );
}
