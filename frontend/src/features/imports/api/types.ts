import type { components } from '@/api/schema';

export type ImportSummary = components['schemas']['ImportSummary'];
export type ImportConflict = components['schemas']['ImportConflict'];
export type ConflictKind = components['schemas']['ConflictKind'];
export type IdScheme = components['schemas']['IdScheme'];
export type ImportMode = components['schemas']['ImportMode'];
export type ImportJob = components['schemas']['ImportJob'];

/** A kind of record loaded and downloaded in bulk, as GET /api/v1/imports/kinds describes it. */
export type BulkKind = components['schemas']['BulkKind'];

/** The kind as the import and export paths write it (its `name`). */
export type DataKind = string;

/** The kinds the export panel filters by year and region. */
export const EXPORT_KINDS: readonly DataKind[] = ['realizations', 'targets'];
export const ID_SCHEMES: readonly IdScheme[] = ['KEMENDAGRI', 'BPS'];
