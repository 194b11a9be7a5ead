import { FormField } from './form-field';
import type { FieldFrameProps } from './text-field';
import type { TextBinding } from './use-record-form';

export interface Choice {
  value: string;
  label: string;
}

interface ChoiceFieldProps extends TextBinding, FieldFrameProps {
  choices: readonly Choice[];
  /** The first, empty choice: nothing chosen yet. Without it one of the choices is always chosen. */
  emptyLabel?: string;
}

/** A labelled select bound to a record form's value. */
export function ChoiceField(props: ChoiceFieldProps) {
  const { name, value, error, onChange, label, hint, required, className, choices, emptyLabel } = props;
  return (
    <FormField name={name} label={label} error={error} hint={hint} required={required} className={className}>
      {(control) => (
        <select {...control} value={value} onChange={onChange}>
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
