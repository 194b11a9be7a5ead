import { act, renderHook } from '@testing-library/react';
import type { FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/errors';
import { useRecordForm } from './use-record-form';

const INITIAL = { code: '', name: '', active: true };
const submitEvent = () => ({ preventDefault: vi.fn() }) as unknown as FormEvent;
const typed = (value: string) => ({ target: { value } });

describe('useRecordForm', () => {
  it('binds text inputs and checkboxes to its values and submits them', () => {
    const onSubmit = vi.fn();
    const { result } = renderHook(() => useRecordForm({ initialValues: INITIAL, error: null, onSubmit }));

    act(() => result.current.text('name').onChange(typed('Koperasi')));
    act(() => result.current.checkbox('active').onChange(false));
    expect(result.current.text('name')).toMatchObject({ name: 'name', value: 'Koperasi', error: undefined });
    expect(result.current.checkbox('active')).toMatchObject({ name: 'active', checked: false });

    const event = submitEvent();
    act(() => result.current.submit(event));

    expect(event.preventDefault).toHaveBeenCalled();
    expect(onSubmit).toHaveBeenCalledWith({ code: '', name: 'Koperasi', active: false });
  });

  it('puts the server messages beside the fields, in the dashboard language, and the others above', () => {
    const error = new ApiError(400, {
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'is too long' },
        { field: 'version', message: 'is not writable' },
      ],
    });
    const { result } = renderHook(() => useRecordForm({ initialValues: INITIAL, error, onSubmit: vi.fn() }));

    expect(result.current.failure?.kind).toBe('validation');
    expect(result.current.fieldError('name')).toBe('Wajib diisi.; is too long');
    expect(result.current.text('code').error).toBeUndefined();
    expect(result.current.failure?.otherErrors).toEqual(['version: is not writable']);
  });

  it('says beside the key field that a new record’s key is taken', () => {
    const error = new ApiError(409, { title: 'Conflict' });
    const duplicate = { field: 'code', message: 'Kode ini sudah dipakai.' };
    const { result, rerender } = renderHook(({ creating }) =>
      useRecordForm({ initialValues: INITIAL, error, creating, duplicate, onSubmit: vi.fn() }),
    { initialProps: { creating: true } });

    expect(result.current.failure?.kind).toBe('duplicate');
    expect(result.current.fieldError('code')).toBe('Kode ini sudah dipakai.');

    // The same answer to an edit is a conflict with someone else's change, not a taken key.
    rerender({ creating: false });
    expect(result.current.failure?.kind).toBe('conflict');
    expect(result.current.fieldError('code')).toBeUndefined();
  });

  it('sends nothing while validate refuses a value, and shows why beside it', () => {
    const onSubmit = vi.fn();
    const validate = (values: typeof INITIAL) => (values.code.includes(' ') ? { code: 'Tanpa spasi.' } : {});
    const { result } = renderHook(() => useRecordForm({ initialValues: INITIAL, error: null, validate, onSubmit }));

    act(() => result.current.text('code').onChange(typed('2.17 06')));
    act(() => result.current.submit(submitEvent()));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(result.current.fieldError('code')).toBe('Tanpa spasi.');

    act(() => result.current.text('code').onChange(typed('2.17.06')));
    act(() => result.current.submit(submitEvent()));
    expect(onSubmit).toHaveBeenCalledWith({ ...INITIAL, code: '2.17.06' });
    expect(result.current.fieldError('code')).toBeUndefined();
  });

  it('puts a message about an entry of a list beside the field that holds the list', () => {
    const error = new ApiError(400, {
      errors: [
        { field: 'periods[1]', message: 'is not a period' },
        { field: 'others[0]', message: 'is unknown' },
      ],
    });
    const { result } = renderHook(() =>
      useRecordForm({ initialValues: { periods: '2024S1, 2024X' }, error, onSubmit: vi.fn() }),
    );

    expect(result.current.fieldError('periods')).toBe('is not a period');
    expect(result.current.failure?.otherErrors).toEqual(['others[0]: is unknown']);
  });
});
