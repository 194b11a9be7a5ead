import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { TemporaryPasswordNotice } from './temporary-password-notice';

describe('TemporaryPasswordNotice', () => {
  it('shows the password once, copies it, and says it will not be shown again', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const onClose = vi.fn();
    renderWithProviders(<TemporaryPasswordNotice username="op-baru" password="Hq7k-2mTz-pX9c-Wd4r" onClose={onClose} />);

    const notice = screen.getByRole('alertdialog', { name: 'Kata sandi sementara untuk op-baru' });
    expect(notice).toHaveTextContent('Hq7k-2mTz-pX9c-Wd4r');
    expect(notice).toHaveTextContent('hanya ditampilkan sekali ini');

    await user.click(screen.getByRole('button', { name: 'Salin' }));
    expect(writeText).toHaveBeenCalledWith('Hq7k-2mTz-pX9c-Wd4r');
    expect(await screen.findByRole('button', { name: 'Tersalin' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Sudah saya catat' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
