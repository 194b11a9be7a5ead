/** A value in the reader's language (1.160.000.000 / 74,5 in Indonesian), or null when there is none. */
export function formatDecimal(value: number | null | undefined, language: string, maximumFractionDigits = 2): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** An achievement in per cent, one decimal: "83,7%". */
export function formatPercent(value: number | null | undefined, language: string): string | null {
  const number = formatDecimal(value, language, 1);
  return number === null ? null : `${number}%`;
}

// Dates come from the server and from people: one that cannot be read (or lies beyond what the
// calendar holds) is shown as it came instead of taking the page down.

export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = String(isoDate).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (Number.isNaN(date.getTime())) return String(isoDate ?? '');
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function formatInstant(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return String(value ?? '');
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
