import { choice, numberOrNull, numberOrUndefined, textOrNull, toText } from './form-values';
import { formatNumberInput, parseNumber } from './numbers';

/**
 * How a field of a record goes between the API and a form, whose inputs hold text (a checkbox,
 * a flag). A required value left empty is left out, so that the server names the field.
 */
export type FieldKind =
  /** The record's own code: required to create, read-only after. */
  | 'code'
  /** Required text. */
  | 'text'
  /** Text that may stay empty: sent as null. */
  | 'optionalText'
  /** One value of an enum. */
  | 'choice'
  /** A required whole number, such as a year. */
  | 'number'
  | 'optionalNumber'
  /** A decimal in the notation of the user's language; one that cannot be read is sent as null. */
  | 'decimal'
  /** Yes or no; yes for a new record. */
  | 'flag';

/** The kind of every field of an API input. */
export type FieldKinds<I> = { readonly [K in keyof I]-?: FieldKind };

/** What a form holds for an API input: a flag for each yes/no field, text for every other. */
export type FormValues<I> = { [K in keyof I]-?: NonNullable<I[K]> extends boolean ? boolean : string };

type StoredValue = string | number | boolean | null | undefined;

function toFormValue(kind: FieldKind, value: StoredValue, language: string | undefined): string | boolean {
  if (kind === 'flag') return typeof value === 'boolean' ? value : true;
  if (kind === 'decimal') return formatNumberInput(value as number | null | undefined, language);
  return toText(value as string | number | null | undefined);
}

function toInputValue(kind: FieldKind, value: string | boolean, language: string | undefined): unknown {
  if (typeof value === 'boolean') return value;
  switch (kind) {
    case 'code':
      return value.trim() || undefined;
    case 'text':
      return value.trim();
    case 'optionalText':
      return textOrNull(value);
    case 'choice':
      return choice(value);
    case 'number':
      return numberOrUndefined(value);
    case 'optionalNumber':
      return numberOrNull(value);
    case 'decimal': {
      const parsed = parseNumber(value, language);
      return parsed.kind === 'number' ? parsed.value : null;
    }
    default:
      return value;
  }
}

/** A record's values as its form shows them; a new record's when there is none. */
export function formValues<I>(
  kinds: FieldKinds<I>,
  record: { [K in keyof I]?: StoredValue } | undefined,
  language?: string,
): FormValues<I> {
  const entries = (Object.keys(kinds) as (keyof I & string)[]).map((name) => [
    name,
    toFormValue(kinds[name], record?.[name], language),
  ]);
  return Object.fromEntries(entries) as FormValues<I>;
}

/** The API input from a form's values. */
export function formInput<I>(kinds: FieldKinds<I>, values: FormValues<I>, language?: string): I {
  const entries = (Object.keys(kinds) as (keyof I & string)[]).map((name) => [
    name,
    toInputValue(kinds[name], values[name] as string | boolean, language),
  ]);
  return Object.fromEntries(entries) as I;
}
