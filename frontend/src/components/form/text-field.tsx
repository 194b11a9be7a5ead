import type { InputHTMLAttributes } from 'react';
import { FormField } from './form-field';
import type { TextBinding } from './use-record-form';

/** What every labelled field shows around its control. */
export interface FieldFrameProps {
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}

type InputAttributes = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  keyof TextBinding | keyof FieldFrameProps | 'id' | 'form'
>;

/** A labelled one-line input bound to a record form's value; other attributes go to the input. */
export function TextField(props: TextBinding & FieldFrameProps & InputAttributes) {
  const { name, value, error, onChange, label, hint, required, className, ...input } = props;
  return (
    <FormField name={name} label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <input {...control} {...input} value={value} onChange={onChange} />}
    </FormField>
  );
}

/** A labelled text area bound to a record form's value. */
export function TextAreaField(props: TextBinding & FieldFrameProps & { rows: number }) {
  const { name, value, error, onChange, label, hint, required, className, rows } = props;
  return (
    <FormField name={name} label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => <textarea {...control} rows={rows} value={value} onChange={onChange} />}
    </FormField>
  );
}
