/** The two kinds of record of the catalogue. */
export type CatalogueKind = 'program' | 'indicator';

/** Where the catalogue shows a program or an indicator. */
export function recordPath(kind: CatalogueKind, code: string): string {
  return `/catalogue/${kind}s/${encodeURIComponent(code)}`;
}

export const programPath = (code: string) => recordPath('program', code);

export const indicatorPath = (code: string) => recordPath('indicator', code);
