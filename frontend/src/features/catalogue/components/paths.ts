/** Where the catalogue shows a program. */
export const programPath = (code: string) => `/catalogue/programs/${encodeURIComponent(code)}`;

/** Where the catalogue shows an indicator. */
export const indicatorPath = (code: string) => `/catalogue/indicators/${encodeURIComponent(code)}`;
