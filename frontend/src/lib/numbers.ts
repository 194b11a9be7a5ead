/**
 * Numbers as people type and read them. In Indonesian `.` groups thousands and `,` marks the
 * decimals (1.234,5); in English the reverse (1,234.5). Input that cannot be read one way is
 * refused, never guessed: "1.5" in Indonesian could be one and a half or a typo for 1.500.
 */

export type NumberLanguage = 'id' | 'en';

export type ParsedNumber =
  | { kind: 'blank' }
  | { kind: 'number'; value: number }
  /** Not a number at all, or grouped wrongly for the language (1.5 in Indonesian, 1,5 in English). */
  | { kind: 'invalid' };

interface Separators {
  group: string;
  decimal: string;
}

const SEPARATORS: Record<NumberLanguage, Separators> = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** The language whose separators apply: English for en-*, Indonesian for everything else. */
export function numberLanguage(language: string | undefined): NumberLanguage {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'id';
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function patternFor({ group, decimal }: Separators): RegExp {
  const g = escape(group);
  const d = escape(decimal);
  // Either plain digits or digits grouped by threes; then optionally the decimal mark and digits.
  return new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
}

const PATTERNS: Record<NumberLanguage, RegExp> = { id: patternFor(SEPARATORS.id), en: patternFor(SEPARATORS.en) };

/** Reads a number typed in the given language. Spaces are ignored; a minus sign may lead. */
export function parseNumber(text: string, language: string | undefined): ParsedNumber {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (compact === '') return { kind: 'blank' };
  const lang = numberLanguage(language);
  const match = PATTERNS[lang].exec(compact);
  if (!match) return { kind: 'invalid' };
  const [, sign, whole, fraction] = match;
  const digits = whole.split(SEPARATORS[lang].group).join('');
  const value = Number(`${sign}${digits}${fraction ? `.${fraction}` : ''}`);
  if (!Number.isFinite(value)) return { kind: 'invalid' };
  return { kind: 'number', value: Object.is(value, -0) ? 0 : value };
}

/** The value of a typed number; null when blank, NaN when it cannot be read. */
export function parseNumberOrNaN(text: string, language: string | undefined): number | null {
  const parsed = parseNumber(text, language);
  if (parsed.kind === 'blank') return null;
  return parsed.kind === 'number' ? parsed.value : NaN;
}

/** An example to show beside a refused number, in the language's own notation. */
export function numberExample(language: string | undefined): string {
  return numberLanguage(language) === 'en' ? '1,234.5' : '1.234,5';
}

/** A stored value as an input shows it, in the same notation the parser reads. */
export function formatNumberInput(value: number | null | undefined, language: string | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return new Intl.NumberFormat(numberLanguage(language) === 'en' ? 'en-US' : 'id-ID', {
    maximumFractionDigits: 10,
    useGrouping: true,
  }).format(value);
}
