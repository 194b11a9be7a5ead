/** Form inputs hold text; the API takes JSON numbers, null for "none", and enum names. */

export function textOrNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

export function numberOrNull(value: string): number | null {
  const trimmed = value.trim().replace(',', '.');
  if (trimmed === '') return null;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : null;
}

/** A required number left empty is left out, so that the server names the field. */
export function numberOrUndefined(value: string): number | undefined {
  return numberOrNull(value) ?? undefined;
}

/** A required choice left open is left out, so that the server names the field. */
export function choice<T extends string>(value: string): T {
  return (value || undefined) as T;
}

export function toText(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
