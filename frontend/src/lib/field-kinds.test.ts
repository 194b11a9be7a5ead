import { describe, expect, it } from 'vitest';
import { type FieldKinds, formInput, formValues } from './field-kinds';

interface Input {
  code?: string;
  name: string;
  note?: string | null;
  kind: 'A' | 'B';
  year: number;
  endYear?: number | null;
  value?: number | null;
  active: boolean;
}

const KINDS: FieldKinds<Input> = {
  code: 'code', name: 'text', note: 'optionalText', kind: 'choice',
  year: 'number', endYear: 'optionalNumber', value: 'decimal', active: 'flag',
};

describe('formValues', () => {
  it('shows a stored record as text, numbers in the notation of the language', () => {
    const record = {
      code: 'X.1', name: 'Nama', note: null, kind: 'B', year: 2024, endYear: null, value: 1234.5, active: false,
    };

    expect(formValues(KINDS, record, 'id')).toEqual({
      code: 'X.1', name: 'Nama', note: '', kind: 'B', year: '2024', endYear: '', value: '1.234,5', active: false,
    });
    expect(formValues(KINDS, record, 'en').value).toBe('1,234.5');
  });

  it('starts a new record empty and in use', () => {
    expect(formValues(KINDS, undefined)).toEqual({
      code: '', name: '', note: '', kind: '', year: '', endYear: '', value: '', active: true,
    });
  });
});

describe('formInput', () => {
  it('sends each kind as the API takes it', () => {
    const values = {
      code: ' X.1 ', name: ' Nama ', note: ' catatan ', kind: 'A', year: '2024', endYear: '2026', value: '1.234,5', active: false,
    };
    const input = formInput(KINDS, values, 'id');

    expect(input).toEqual({
      code: 'X.1', name: 'Nama', note: 'catatan', kind: 'A', year: 2024, endYear: 2026, value: 1234.5, active: false,
    });
  });

  it('leaves out what is required but empty, so that the server names it, and sends null for what may stay empty', () => {
    const input = formInput(KINDS, formValues(KINDS, undefined));

    expect(JSON.parse(JSON.stringify(input))).toEqual({ name: '', note: null, endYear: null, value: null, active: true });
  });

  it('reads decimals in the language of the user and never guesses', () => {
    const values = { ...formValues(KINDS, undefined), value: '12,5' };

    expect(formInput(KINDS, values, 'id').value).toBe(12.5);
    expect(formInput(KINDS, { ...values, value: '12.5' }, 'en').value).toBe(12.5);
    expect(formInput(KINDS, { ...values, value: '12.5' }, 'id').value).toBeNull();
  });
});
