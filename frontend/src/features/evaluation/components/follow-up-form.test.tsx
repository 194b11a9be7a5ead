import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/errors';
import { renderWithProviders } from '@/test/render';
import { FollowUpForm } from './follow-up-form';

function renderForm(props: Partial<Parameters<typeof FollowUpForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <FollowUpForm submitting={false} error={null} onSubmit={onSubmit} onCancel={() => {}} today="2025-03-10" {...props} />,
  );
  return onSubmit;
}

describe('FollowUpForm', () => {
  it('asks for a reason only when the recommendation cannot be acted on, and requires it', async () => {
    const onSubmit = renderForm();
    expect(screen.queryByLabelText(/Alasan tidak dapat ditindaklanjuti/)).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText(/Status baru/), 'CANNOT_ACT');
    const reason = screen.getByRole('textbox', { name: /Alasan tidak dapat ditindaklanjuti/ });
    await userEvent.type(screen.getByRole('textbox', { name: /Uraian tindak lanjut/ }), 'Anggaran tidak tersedia.');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(onSubmit).not.toHaveBeenCalled();
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('Alasan wajib diisi untuk status "Tidak dapat ditindaklanjuti".');

    await userEvent.type(reason, 'Kewenangan ada di kementerian.');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(onSubmit).toHaveBeenCalledWith({
      date: '2025-03-10',
      description: 'Anggaran tidak tersedia.',
      evidenceUrl: null,
      status: 'CANNOT_ACT',
      statusReason: 'Kewenangan ada di kementerian.',
    });
  });

  it('sends no reason for the other statuses and no status when it does not change', async () => {
    const onSubmit = renderForm();
    await userEvent.type(screen.getByRole('textbox', { name: /Uraian tindak lanjut/ }), 'Rapat koordinasi.');
    await userEvent.type(screen.getByRole('textbox', { name: /Tautan bukti/ }), 'https://contoh.go.id/notulen.pdf');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({ status: null, statusReason: null, evidenceUrl: 'https://contoh.go.id/notulen.pdf' }),
    );
  });

  it('does not offer dates after today', () => {
    renderForm();
    expect(screen.getByLabelText(/Tanggal tindakan/)).toHaveAttribute('max', '2025-03-10');
  });

  it("shows the server's objections beside the fields", () => {
    renderForm({
      error: new ApiError(400, {
        title: 'Invalid request',
        status: 400,
        errors: [
          { field: 'date', message: 'must not be in the future' },
          { field: 'evidenceUrl', message: 'must be an http or https link' },
        ],
      }),
    });

    expect(screen.getByRole('alert')).toHaveTextContent('Periksa isian yang ditandai');
    expect(screen.getByLabelText(/Tanggal tindakan/)).toHaveAccessibleDescription(/must not be in the future/);
    expect(screen.getByRole('textbox', { name: /Tautan bukti/ })).toHaveAccessibleDescription(
      /must be an http or https link/,
    );
    expect(screen.getByRole('textbox', { name: /Uraian tindak lanjut/ })).not.toHaveAttribute('aria-invalid');
  });
});
