import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { LanguageSwitch } from './language-switch';

function LogoutLabel() {
  const { t } = useTranslation();
  return <span>{t('auth.logout')}</span>;
}

describe('LanguageSwitch', () => {
  it('starts in Bahasa Indonesia and switches to English, remembering the choice', async () => {
    renderWithProviders(
      <>
        <LanguageSwitch />
        <LogoutLabel />
      </>,
    );
    expect(screen.getByText('Keluar')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Bahasa Indonesia' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(screen.getByText('Sign out')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('monev.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
