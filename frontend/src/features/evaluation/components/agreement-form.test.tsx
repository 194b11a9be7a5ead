import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Region } from '@/features/regions';
import { renderWithProviders } from '@/test/render';
import type { Agreement } from '../api/types';
import { AgreementForm } from './agreement-form';

const REGIONS = [
  { code: '61', name: 'Provinsi Kalimantan Barat' },
  { code: '61.06', name: 'Kabupaten Kapuas Hulu' },
] as Region[];

function renderForm(agreement?: Agreement) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  renderWithProviders(
    <AgreementForm agreement={agreement} regions={REGIONS} submitting={false} error={null} onSubmit={onSubmit} onCancel={onCancel} />,
  );
  return { onSubmit, onCancel };
}

describe('AgreementForm', () => {
  it("is the province's by default and asks for the regency only when a regency answers for it", async () => {
    const { onSubmit } = renderForm();
    const form = screen.getByRole('form', { name: 'Kesepakatan baru' });
    expect(form).toHaveClass('no-print');
    expect(screen.queryByRole('combobox', { name: /Wilayah penanggung jawab/ })).not.toBeInTheDocument();

    await userEvent.type(screen.getByRole('textbox', { name: /^Kesepakatan/ }), 'Pelatihan pengurus.');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenLastCalledWith({
      text: 'Pelatihan pengurus.',
      ownerLevel: 'PROVINCE',
      ownerRegionCode: '61',
      dueDate: null,
      status: 'OPEN',
    });

    await userEvent.selectOptions(screen.getByRole('combobox', { name: /^Penanggung jawab/ }), 'REGENCY');
    const regency = screen.getByRole('combobox', { name: /Wilayah penanggung jawab/ });
    expect(within(regency).getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Pilih —',
      '61.06 · Kabupaten Kapuas Hulu',
    ]);
    await userEvent.selectOptions(regency, '61.06');
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenLastCalledWith(expect.objectContaining({ ownerLevel: 'REGENCY', ownerRegionCode: '61.06' }));
  });

  it('edits an agreement from its values and cancels in place', async () => {
    const { onSubmit, onCancel } = renderForm({
      text: 'Pendataan ulang',
      ownerLevel: 'REGENCY',
      ownerRegionCode: '61.06',
      dueDate: '2025-06-30',
      status: 'DONE',
    } as Agreement);

    expect(screen.getByRole('heading', { level: 3, name: 'Ubah kesepakatan' })).toBeInTheDocument();
    expect(screen.getByLabelText(/Batas waktu/)).toHaveValue('2025-06-30');
    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(onCancel).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith({
      text: 'Pendataan ulang',
      ownerLevel: 'REGENCY',
      ownerRegionCode: '61.06',
      dueDate: '2025-06-30',
      status: 'DONE',
    });
  });
});
