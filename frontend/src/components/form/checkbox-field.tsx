import { FormField } from './form-field';

interface CheckboxFieldProps {
  name: string;
  label: string;
  /** The sentence beside the box. */
  text: string;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}

/** A yes/no field, such as whether a record is still in use. */
export function CheckboxField({ name, label, text, checked, error, onChange }: CheckboxFieldProps) {
  return (
    <FormField name={name} label={label} error={error}>
      {(control) => (
        <span className="checkbox">
          <input {...control} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
          <span>{text}</span>
        </span>
      )}
    </FormField>
  );
}
