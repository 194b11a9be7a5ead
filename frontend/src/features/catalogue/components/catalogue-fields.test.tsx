import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { ActiveField, CodeField, EnumField } from './catalogue-fields';
import { POLARITIES } from '../api/types';

const binding = <N extends string>(name: N, value = '') => ({ name, value, onChange: vi.fn() });

describe('catalogue fields', () => {
  it('let the code be typed only while the record is new', () => {
    const { unmount } = renderWithProviders(<CodeField {...binding('code')} creating />);
    const typed = screen.getByRole('textbox', { name: 'Kode' });
    expect(typed).not.toHaveAttribute('readonly');
    expect(typed).toHaveAccessibleDescription('Kode tetap; tidak dapat diubah setelah disimpan.');
    unmount();

    renderWithProviders(<CodeField {...binding('code', '2.17.06')} creating={false} error="Kode ini sudah dipakai." />);
    const fixed = screen.getByRole('textbox', { name: 'Kode' });
    expect(fixed).toHaveAttribute('readonly');
    expect(fixed).toHaveValue('2.17.06');
    expect(fixed).toHaveAccessibleDescription('Kode ini sudah dipakai.');
  });

  it('name each value of an enum in the user’s language', async () => {
    const chosen: string[] = [];
    const onChange = (event: { target: { value: string } }) => chosen.push(event.target.value);
    const polarity = { ...binding('polarity'), onChange };
    renderWithProviders(<EnumField {...polarity} options={POLARITIES} />);
    const select = screen.getByRole('combobox', { name: 'Polaritas' });

    expect(select).toHaveAttribute('aria-required', 'true');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      '— Pilih —',
      'Semakin tinggi semakin baik',
      'Semakin rendah semakin baik',
      'Dalam rentang',
    ]);
    await userEvent.selectOptions(select, 'RANGE');
    expect(chosen).toEqual(['RANGE']);
  });

  it('offer retiring only on an existing record', async () => {
    const onChange = vi.fn();
    const { container } = renderWithProviders(<ActiveField name="active" checked onChange={onChange} creating />);
    expect(container).toBeEmptyDOMElement();

    renderWithProviders(<ActiveField name="active" checked onChange={onChange} creating={false} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Status' }));
    expect(onChange).toHaveBeenCalledWith(false);
    expect(screen.getByText('Aktif (dipakai untuk pelaporan)')).toBeInTheDocument();
  });
});
