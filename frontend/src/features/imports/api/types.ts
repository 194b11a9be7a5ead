import type { components } from '@/api/schema';

export type ImportSummary = components['schemas']['ImportSummary'];
export type ImportConflict = components['schemas']['ImportConflict'];
export type ConflictKind = components['schemas']['ConflictKind'];
export type IdScheme = components['schemas']['IdScheme'];
export type ImportMode = components['schemas']['ImportMode'];
export type ImportJob = components['schemas']['ImportJob'];

/** The kind as the import and export paths write it. */
export type DataKind = 'realizations' | 'targets';

export const DATA_KINDS: readonly DataKind[] = ['realizations', 'targets'];
export const ID_SCHEMES: readonly IdScheme[] = ['KEMENDAGRI', 'BPS'];

/** The header row the import expects, in the order the export writes. */
export const COLUMNS: Record<DataKind, readonly string[]> = {
  realizations: ['indicator', 'region', 'period', 'value', 'note'],
  targets: ['indicator', 'region', 'year', 'value'],
};
