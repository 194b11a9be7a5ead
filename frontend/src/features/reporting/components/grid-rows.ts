import { ApiError } from '@/lib/errors';
import type { PeriodType } from '@/lib/periods';
import { type Indicator, PROVINCE_CODE, type Realization, type ReportingException, type Target } from '../api/types';

/** Whether a region reports an indicator: province-reported ones by the province alone. */
export function reportsIndicator(indicator: Pick<Indicator, 'regionAggregation'>, regionCode: string): boolean {
  const provinceReported = indicator.regionAggregation === 'PROVINCE_REPORTED';
  return provinceReported ? regionCode === PROVINCE_CODE : regionCode !== PROVINCE_CODE;
}

/** The indicators a region fills in for a period type: active ones of that type it reports. */
export function gridIndicators(indicators: Indicator[], periodType: PeriodType, regionCode: string): Indicator[] {
  return indicators
    .filter(
      (indicator) =>
        indicator.active && indicator.periodType === periodType && reportsIndicator(indicator, regionCode),
    )
    .sort((a, b) => a.code.localeCompare(b.code, undefined, { numeric: true }));
}

export interface GridRow {
  indicator: Indicator;
  target: Target | undefined;
  /** The target's part for the period, when the target is broken down. */
  periodTarget: number | undefined;
  lastYear: Realization | undefined;
  realization: Realization | undefined;
}

export function buildRows(
  indicators: Indicator[],
  period: string,
  realizations: Realization[],
  targets: Target[],
  lastYear: Realization[],
): GridRow[] {
  const byIndicator = <T extends { indicatorCode: string }>(items: T[]) =>
    new Map(items.map((item) => [item.indicatorCode, item]));
  const current = byIndicator(realizations);
  const previous = byIndicator(lastYear);
  const targetOf = byIndicator(targets);
  return indicators.map((indicator) => {
    const target = targetOf.get(indicator.code);
    return {
      indicator,
      target,
      periodTarget: target?.breakdown.find((part) => part.period === period)?.value,
      lastYear: previous.get(indicator.code),
      realization: current.get(indicator.code),
    };
  });
}

/** What the user typed in a row. */
export interface RowDraft {
  value: string;
  note: string;
  evidenceUrl: string;
}

export function draftOf(realization: Realization | undefined): RowDraft {
  return {
    value: realization ? String(realization.value) : '',
    note: realization?.note ?? '',
    evidenceUrl: realization?.evidenceUrl ?? '',
  };
}

/** A number as typed, with a decimal point or an Indonesian decimal comma; null when blank. */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return null;
  const normalized = trimmed.includes(',') && !trimmed.includes('.') ? trimmed.replace(',', '.') : trimmed;
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : NaN;
}

/** A row changed by the user: a new or different value, note or evidence link. */
export function isDirty(row: GridRow, draft: RowDraft | undefined): boolean {
  if (!draft) return false;
  const original = draftOf(row.realization);
  const value = parseDecimal(draft.value);
  const valueChanged = row.realization
    ? value === null || Number.isNaN(value) || value !== row.realization.value
    : draft.value.trim() !== '';
  return valueChanged || draft.note.trim() !== original.note.trim() || draft.evidenceUrl.trim() !== original.evidenceUrl.trim();
}

export function dirtyRows(rows: GridRow[], drafts: Readonly<Record<string, RowDraft>>): GridRow[] {
  return rows.filter((row) => isDirty(row, drafts[row.indicator.code]));
}

/** Only drafts and returned values (or values not entered yet) can be changed. */
export function isEditableStatus(realization: Realization | undefined): boolean {
  return !realization || realization.status === 'DRAFT' || realization.status === 'RETURNED';
}

export function canSubmit(rows: GridRow[]): boolean {
  return rows.some((row) => row.realization?.status === 'DRAFT' || row.realization?.status === 'RETURNED');
}

export const PERIOD_LOCKED = 'urn:monev:problem:period-locked';
export const WORKFLOW_STATE = 'urn:monev:problem:workflow-state';

/** The server's explanation when a period is locked; null for any other failure. */
export function lockedMessage(error: unknown): string | null {
  if (error instanceof ApiError && error.status === 409 && error.problem.type === PERIOD_LOCKED) {
    return error.problem.detail ?? error.problem.title ?? null;
  }
  return null;
}

export type LockState =
  | { locked: false; deadline?: string; exceptionUntil?: string }
  | { locked: true; deadline?: string; detail?: string };

/**
 * Whether operators may still change the period: its deadline (every value of the period
 * carries it) has not passed, or an administrator granted an exception still running.
 * Administrators are never locked out. The server remains the judge: its 409 wins.
 */
export function lockState(args: {
  role: string | undefined;
  today: string;
  realizations: Realization[];
  exceptions: ReportingException[];
  lockedDetail?: string | null;
}): LockState {
  const deadline = args.realizations.find((realization) => realization.deadline)?.deadline;
  if (args.lockedDetail) return { locked: true, deadline, detail: args.lockedDetail };
  if (args.role !== 'OPERATOR' || !deadline || args.today <= deadline) return { locked: false, deadline };
  const exception = args.exceptions.find((item) => item.openUntil >= args.today);
  return exception ? { locked: false, deadline, exceptionUntil: exception.openUntil } : { locked: true, deadline };
}
