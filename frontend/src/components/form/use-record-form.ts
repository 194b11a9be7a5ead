import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, localizeFieldMessage } from '@/lib/write-failure';

/** The names of the values of a form that hold a `T`. */
type NamesOf<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

/** What a text input or select needs of its form: the value, how to change it, what was said about it. */
export interface TextBinding<N extends string = string> {
  name: N;
  value: string;
  error?: string;
  onChange: (event: { target: { value: string } }) => void;
}

/** What a checkbox needs of its form. */
export interface CheckboxBinding<N extends string = string> {
  name: N;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}

/** Messages by field name. */
export type FieldErrors = Partial<Record<string, string>>;

interface RecordFormOptions<V> {
  initialValues: V;
  /**
   * The JSON fields the form shows, by default the names of its values: the server's messages
   * about them stand beside them, the others above the form.
   */
  fields?: readonly string[];
  /** Why the last save was refused, if it was. */
  error: unknown;
  /** On a new record a 409 means its key is taken; on an existing one, a conflict. */
  creating?: boolean;
  /** Where a taken key is said: the field that holds the key, and the words. */
  duplicate?: { field: string; message: string };
  /** What must not be sent at all, by field; nothing is sent while anything is refused. */
  validate?: (values: V) => FieldErrors;
  onSubmit: (values: V) => void;
}

/**
 * The state of a record form: its values, bindings for its controls, and what the server (or
 * `validate`) said about each field, in the dashboard's language.
 */
export function useRecordForm<V>(options: RecordFormOptions<V>) {
  const { initialValues, error, creating = false, duplicate, validate, onSubmit } = options;
  const { t } = useTranslation();
  const [values, setValues] = useState(initialValues);
  const [fields] = useState(() => options.fields ?? Object.keys(initialValues as object));
  const [refused, setRefused] = useState<FieldErrors>({});
  const failure = useMemo(
    () => (error ? describeWriteFailure(error, fields, { creating }) : undefined),
    [error, fields, creating],
  );

  const fieldError = (name: string): string | undefined =>
    refused[name] ??
    (failure?.kind === 'duplicate' && name === duplicate?.field
      ? duplicate.message
      : localizeFieldMessage(failure?.fieldErrors[name], t));

  const set = <K extends keyof V>(name: K, value: V[K]) => setValues((current) => ({ ...current, [name]: value }));

  const text = <N extends NamesOf<V, string>>(name: N): TextBinding<N> => ({
    name,
    value: values[name] as string,
    error: fieldError(name),
    onChange: (event) => set(name, event.target.value as V[N]),
  });

  const checkbox = <N extends NamesOf<V, boolean>>(name: N): CheckboxBinding<N> => ({
    name,
    checked: values[name] as boolean,
    error: fieldError(name),
    onChange: (checked) => set(name, checked as V[N]),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors = validate?.(values) ?? {};
    setRefused(errors);
    if (!Object.values(errors).some(Boolean)) onSubmit(values);
  };

  return { values, set, failure, fieldError, text, checkbox, submit };
}

export type RecordForm<V> = ReturnType<typeof useRecordForm<V>>;
