import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/errors';
import { renderWithProviders } from '@/test/render';
import { ChoiceField } from './choice-field';
import { RecordFormFrame } from './record-form';
import { TextAreaField, TextField } from './text-field';
import { useRecordForm } from './use-record-form';

const INITIAL = { name: '', size: '', note: 'Catatan lama' };

function TestForm({ error, onSubmit }: { error?: unknown; onSubmit: (values: typeof INITIAL) => void }) {
  const form = useRecordForm({ initialValues: INITIAL, error, onSubmit });
  return (
    <RecordFormFrame form={form} submitting={false} cancelTo="/back">
      <TextField {...form.text('name')} label="Nama" hint="Nama lengkap" required autoComplete="off" />
      <ChoiceField
        {...form.text('size')}
        label="Ukuran"
        emptyLabel="— Pilih —"
        choices={[
          { value: 'S', label: 'Kecil' },
          { value: 'L', label: 'Besar' },
        ]}
      />
      <TextAreaField {...form.text('note')} label="Catatan" rows={4} className="span-2" />
    </RecordFormFrame>
  );
}

function renderForm(error?: unknown) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <MemoryRouter>
      <TestForm error={error} onSubmit={onSubmit} />
    </MemoryRouter>,
  );
  return onSubmit;
}

describe('record form fields', () => {
  it('label their controls, pass the input attributes on and submit what was typed and chosen', async () => {
    const onSubmit = renderForm();
    const name = screen.getByRole('textbox', { name: 'Nama' });
    expect(name).toHaveAccessibleDescription('Nama lengkap');
    expect(name).toHaveAttribute('aria-required', 'true');
    expect(name).toHaveAttribute('autocomplete', 'off');
    const size = screen.getByRole('combobox', { name: 'Ukuran' });
    expect(size).toHaveValue('');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['— Pilih —', 'Kecil', 'Besar']);
    const note = screen.getByRole('textbox', { name: 'Catatan' });
    expect(note).toHaveAttribute('rows', '4');
    expect(note.closest('.field')).toHaveClass('span-2');

    await userEvent.type(name, 'Koperasi Maju');
    await userEvent.selectOptions(size, 'L');
    await userEvent.clear(note);
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));

    expect(onSubmit).toHaveBeenCalledWith({ name: 'Koperasi Maju', size: 'L', note: '' });
    expect(screen.getByRole('link', { name: 'Batal' })).toHaveAttribute('href', '/back');
  });

  it('show what the server refused beside each field and the rest above the form', () => {
    renderForm(
      new ApiError(400, {
        errors: [
          { field: 'size', message: 'must not be null' },
          { field: 'colour', message: 'is unknown' },
        ],
      }),
    );

    expect(screen.getByRole('alert')).toHaveTextContent('colour: is unknown');
    const size = screen.getByRole('combobox', { name: 'Ukuran' });
    expect(size).toHaveAttribute('aria-invalid', 'true');
    expect(size).toHaveAccessibleDescription('Wajib diisi.');
    expect(screen.getByRole('textbox', { name: 'Nama' })).not.toHaveAttribute('aria-invalid');
  });

  it('may sit within a page: named and headed, with a cancel that stays on it, and a choice that is never empty', async () => {
    const onCancel = vi.fn();
    const onSubmit = vi.fn();
    function InlineForm() {
      const form = useRecordForm({ initialValues: { size: 'S' }, error: null, onSubmit });
      return (
        <RecordFormFrame form={form} submitting={false} onCancel={onCancel} label="Ukuran baru" heading="h3" className="no-print">
          <ChoiceField
            {...form.text('size')}
            label="Ukuran"
            choices={[
              { value: 'S', label: 'Kecil' },
              { value: 'L', label: 'Besar' },
            ]}
          />
        </RecordFormFrame>
      );
    }
    renderWithProviders(<InlineForm />);

    const form = screen.getByRole('form', { name: 'Ukuran baru' });
    expect(form).toHaveClass('record-form', 'no-print');
    expect(screen.getByRole('heading', { level: 3, name: 'Ukuran baru' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual(['Kecil', 'Besar']);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Batal' }));
    expect(onCancel).toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(onSubmit).toHaveBeenCalledWith({ size: 'S' });
  });
});
