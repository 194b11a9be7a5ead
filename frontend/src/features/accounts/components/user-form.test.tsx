import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Region } from '@/features/regions';
import { renderWithProviders } from '@/test/render';
import { UserForm, type UserFormValues } from './user-form';

function region(code: string, name: string, level: Region['level']): Region {
  const parentCode = code.includes('.') ? code.split('.')[0] : null;
  return { code, name, level, parentCode, bpsCode: code.replace('.', ''), updatedAt: '2026-01-01T00:00:00Z', version: 0 } as Region;
}

const REGIONS: Region[] = [
  region('61', 'Provinsi Kalimantan Barat', 'PROVINCE'),
  region('61.01', 'Kabupaten Sambas', 'REGENCY'),
  region('62', 'Provinsi Kalimantan Tengah', 'PROVINCE'),
];

function renderForm(initial: UserFormValues, onSubmit = vi.fn()) {
  renderWithProviders(
    <UserForm
      title="Pengguna baru"
      initial={initial}
      regions={REGIONS}
      pending={false}
      error={null}
      onSubmit={onSubmit}
      onCancel={vi.fn()}
    />,
  );
  return onSubmit;
}

describe('UserForm', () => {
  it('binds an administrator to the whole deployment or to one province', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm({ username: 'adm-62', displayName: 'Admin Kalteng', role: 'ADMIN', regionCode: '' });

    const scope = screen.getByLabelText('Cakupan');
    const options = within(scope).getAllByRole('option').map((option) => option.textContent);
    expect(options).toEqual(['Seluruh wilayah penerapan', 'Provinsi Kalimantan Barat', 'Provinsi Kalimantan Tengah']);

    await user.selectOptions(scope, '62');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ role: 'ADMIN', regionCode: '62' }));
  });

  it('lets an operator report for a province or a regency, and gives the ministry no region', async () => {
    const user = userEvent.setup();
    const onSubmit = renderForm({ username: 'op-61', displayName: 'Operator', role: 'OPERATOR', regionCode: '61.01' });

    const region = screen.getByLabelText('Kabupaten/kota atau provinsi');
    expect(within(region).getByRole('option', { name: 'Provinsi Kalimantan Barat' })).toBeInTheDocument();
    expect(within(region).getByRole('option', { name: 'Kabupaten Sambas' })).toBeInTheDocument();

    // A regency is no scope for a verifier: choosing the role clears it.
    await user.selectOptions(screen.getByLabelText('Peran'), 'VERIFIER');
    expect(screen.getByLabelText('Cakupan')).toHaveValue('');

    await user.selectOptions(screen.getByLabelText('Peran'), 'MINISTRY');
    expect(screen.queryByLabelText('Cakupan')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ role: 'MINISTRY', regionCode: '' }));
  });
});
