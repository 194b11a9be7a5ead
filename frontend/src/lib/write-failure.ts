import type { TFunction } from 'i18next';
import { ApiError } from '@/lib/errors';

export type WriteFailureKind = 'validation' | 'duplicate' | 'conflict' | 'stale' | 'other';

export interface WriteFailure {
  kind: WriteFailureKind;
  /** Server messages by form field, for the fields the form shows. */
  fieldErrors: Partial<Record<string, string>>;
  /** Messages about fields the form does not show, as "field: message". */
  otherErrors: string[];
  error: unknown;
}

/**
 * Sorts out why a write was refused: a validation problem is spread over the form's
 * fields by the JSON field name the server reports; 409 is a conflict (on create: the
 * code is taken); 412 means someone else changed the record since it was read.
 */
export function describeWriteFailure(
  error: unknown,
  formFields: readonly string[],
  options: { creating?: boolean } = {},
): WriteFailure {
  const failure: WriteFailure = { kind: 'other', fieldErrors: {}, otherErrors: [], error };
  if (!(error instanceof ApiError)) return failure;

  if (error.status === 412) return { ...failure, kind: 'stale' };
  if (error.status === 409) return { ...failure, kind: options.creating ? 'duplicate' : 'conflict' };
  if (error.status === 400 && error.problem.errors?.length) {
    for (const { field, message } of error.problem.errors) {
      const name = shownField(field ?? '', formFields);
      const text = message ?? '';
      if (formFields.includes(name)) {
        const previous = failure.fieldErrors[name];
        failure.fieldErrors[name] = previous ? `${previous}; ${text}` : text;
      } else {
        failure.otherErrors.push(name ? `${name}: ${text}` : text);
      }
    }
    return { ...failure, kind: 'validation' };
  }
  return failure;
}

/** `periods[0]` is about the periods field: where the form shows that field, its message goes beside it. */
function shownField(field: string, formFields: readonly string[]): string {
  const list = field.replace(/\[\d+\].*$/, '');
  return formFields.includes(field) || !formFields.includes(list) ? field : list;
}

// The server words its field messages in English; the commonest one reads better translated.
const REQUIRED_MESSAGES = new Set(['must not be blank', 'must not be null', 'must not be empty']);

/** A server field message in the dashboard's language where a translation is known. */
export function localizeFieldMessage(message: string | undefined, t: TFunction): string | undefined {
  if (!message) return message;
  return message
    .split('; ')
    .map((part) => (REQUIRED_MESSAGES.has(part) ? t('form.required') : part))
    .join('; ');
}
