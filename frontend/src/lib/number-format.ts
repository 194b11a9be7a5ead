/** A value in the reader's language (1.160.000.000 / 74,5 in Indonesian), or null when there is none. */
export function formatDecimal(value: number | null | undefined, language: string, maximumFractionDigits = 2): string | null {
  if (value === null || value === undefined || Number.isNaN(value)) return null;
  return new Intl.NumberFormat(language, { maximumFractionDigits }).format(value);
}

/** An achievement in per cent, one decimal: "83,7%". */
export function formatPercent(value: number | null | undefined, language: string): string | null {
  const number = formatDecimal(value, language, 1);
  return number === null ? null : `${number}%`;
}

export function formatDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}

export function formatInstant(value: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(value));
}
