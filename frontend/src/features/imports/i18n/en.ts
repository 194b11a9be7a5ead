import type { ImportsMessages } from './id';

// English mirrors the Indonesian keys; the type makes a missing key a build error.
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const imports: Translations<ImportsMessages> = {
  nav: 'Import data',
  title: 'Import data',
  intro:
    'Load many values at once from a CSV or JSON file. The file is checked first without saving anything; only then is it loaded.',
  forbidden: 'This page is for the province administrator, the verifiers and the regency and city operators.',
  loadTitle: 'Load data from a file',
  kind: {
    label: 'Kind of data',
    realizations: 'Realizations',
    targets: 'Targets',
  },
  kindHint: {
    realizations:
      'Columns: indicator, region, period, value, note. Periods are written 2025, 2025S1, 2025Q3 or 2025-07. Values are loaded as drafts.',
    targets: 'Columns: indicator, region, year, value. One row for each indicator, region and year.',
  },
  template: {
    download: 'Download template',
    hint: 'The template holds the header row and one example row.',
  },
  file: {
    label: 'File (CSV or JSON)',
    chosen: 'File chosen: {{name}}',
    clear: 'Remove file',
    pasteLabel: 'Or paste CSV text',
    pastePlaceholder: 'indicator,region,period,value,note',
    pasteDisabled: 'The chosen file will be used. Remove the file to use the pasted text.',
    empty: 'Choose a file or paste CSV text first.',
  },
  scheme: {
    label: 'Region codes in the file',
    KEMENDAGRI: 'Kemendagri (61.71)',
    BPS: 'BPS (6171)',
  },
  actions: {
    check: 'Check',
    fixAndRecheck: 'Fix the file and check again',
    loadValid: 'Load the valid rows only',
    load: 'Load',
    startOver: 'Load another file',
  },
  progress: {
    checking: 'Checking the file…',
    loading: 'Loading the data…',
  },
  summary: {
    checkedTitle: 'Check result',
    loadedTitle: 'Load result',
    rejectedTitle: 'File rejected',
    countsLabel: 'Row counts',
    rows: 'Rows read',
    created: 'New',
    updated: 'Changed',
    unchanged: 'Unchanged',
    rejected: 'Rejected',
    noConflicts: 'Every row can be loaded.',
    conflicts_one: '{{count}} row rejected. Fix the file and check again, or load the valid rows only.',
    conflicts_other: '{{count}} rows rejected. Fix the file and check again, or load the valid rows only.',
    nothingValid: 'No row is valid to load.',
    committed_one: '{{count}} row loaded.',
    committed_other: '{{count}} rows loaded.',
    partial: 'The rejected rows were not loaded.',
    notCommitted: 'Nothing was saved.',
    draftsNote: 'Realizations are loaded as drafts. Submit them from the Reporting page.',
    rejectedNote: 'Nothing was saved because some rows were rejected.',
    conflictsCaption: 'Rejected rows by error',
    column: {
      error: 'Error',
      count: 'Count',
      rows: 'Row numbers',
      firstValue: 'First offending value',
    },
    rowNumberHint: 'The header is row 1.',
    moreRows_one: 'and {{count}} more row',
    moreRows_other: 'and {{count}} more rows',
    unlisted_one: '{{count}} more row not listed.',
    unlisted_other: '{{count}} more rows not listed.',
    none: '—',
  },
  conflict: {
    MALFORMED_ROW: 'The row does not have the columns of the header',
    UNKNOWN_INDICATOR: 'Unknown indicator code',
    RETIRED_INDICATOR: 'The indicator is retired',
    UNKNOWN_REGION: 'Unknown region code',
    REGION_NOT_ALLOWED: 'Your account may not load data of this region',
    REGION_NOT_REPORTING:
      'This region does not report this indicator (reported by the province, or summed from the regencies and cities)',
    BAD_PERIOD: "Not a period of the indicator's period type (2025, 2025S1, 2025Q3, 2025-07)",
    BAD_YEAR: 'Not a valid year (2000–2100)',
    PERIOD_NOT_STARTED: 'The period has not started yet',
    PERIOD_LOCKED: "The period's reporting deadline has passed and no exception was granted",
    NOT_A_NUMBER: 'Not a number (use a dot or a comma for decimals, at most 4 decimals)',
    VALUE_MISSING: 'A value is required',
    DUPLICATE_ROW: 'Same key as an earlier row of the file',
    NOT_EDITABLE: 'The stored value is submitted or verified and can no longer change',
  },
  failure: {
    header: 'The header row of the file does not match: {{message}}. Expected header: {{expected}}',
    tooLarge: 'The file is too large to load at once. Split it into several smaller files.',
    forbidden: 'Your account may not load this kind of data.',
    badJson: 'A JSON file must hold an array of objects.',
  },
  export: {
    title: 'Download data',
    intro: 'Download realizations or targets in the same columns as the import file.',
    ownRegion: "Only your region's data is downloaded.",
    year: 'Year',
    download: 'Download CSV',
    downloading: 'Downloading…',
    downloadLabel: 'Download CSV {{what}}',
    realizationsCsv: 'Download realizations (CSV)',
    targetsCsv: 'Download targets (CSV)',
    realizationsOf: 'realizations {{period}} {{region}}',
  },
};

export default imports;
