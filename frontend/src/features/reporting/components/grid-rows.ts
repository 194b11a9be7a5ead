import { can, type Role } from '@/lib/authorization';
import { ApiError } from '@/lib/errors';
import { formatNumberInput, parseNumberOrNaN } from '@/lib/numbers';
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

/** The stored values as the inputs show them, numbers in the reader's notation. */
export function draftOf(realization: Realization | undefined, language: string): RowDraft {
  return {
    value: realization ? formatNumberInput(realization.value, language) : '',
    note: realization?.note ?? '',
    evidenceUrl: realization?.evidenceUrl ?? '',
  };
}

/** A row changed by the user: a new or different value, note or evidence link. */
export function isDirty(row: GridRow, draft: RowDraft | undefined, language: string): boolean {
  if (!draft) return false;
  const original = draftOf(row.realization, language);
  const value = parseNumberOrNaN(draft.value, language);
  const valueChanged = row.realization
    ? value === null || Number.isNaN(value) || value !== row.realization.value
    : draft.value.trim() !== '';
  return valueChanged || draft.note.trim() !== original.note.trim() || draft.evidenceUrl.trim() !== original.evidenceUrl.trim();
}

export function dirtyRows(rows: GridRow[], drafts: Readonly<Record<string, RowDraft>>, language: string): GridRow[] {
  return rows.filter((row) => isDirty(row, drafts[row.indicator.code], language));
}

/** Rows with a value stored, whatever its state: "12 of 22 filled". */
export function filledCount(rows: GridRow[]): number {
  return rows.filter((row) => row.realization !== undefined).length;
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

/** Whether the role's users are held to the reporting deadlines (administrators are not). */
function boundByDeadline(role: Role | undefined): boolean {
  return role !== undefined && !can({ role }, 'reportAfterDeadline');
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
  role: Role | undefined;
  today: string;
  realizations: readonly Realization[];
  exceptions: readonly ReportingException[];
  lockedDetail?: string | null;
}): LockState {
  const deadline = args.realizations.find((realization) => realization.deadline)?.deadline;
  if (args.lockedDetail) return { locked: true, deadline, detail: args.lockedDetail };
  if (!boundByDeadline(args.role) || !deadline || args.today <= deadline) return { locked: false, deadline };
  const exception = args.exceptions.find((item) => item.openUntil >= args.today);
  return exception ? { locked: false, deadline, exceptionUntil: exception.openUntil } : { locked: true, deadline };
}

/**
 * The period a region should open first: the earliest one its user may still change (see
 * {@link lockState}) that has a draft or a returned value, or values still missing. A period with
 * no value at all carries no deadline yet, so for those bound by deadlines it counts only while it
 * runs (the last period given). Null when none does.
 */
export function firstPeriodNeedingWork(args: {
  periods: readonly string[];
  realizations: readonly Realization[];
  exceptions: readonly ReportingException[];
  indicatorCount: number;
  today: string;
  role: Role | undefined;
}): string | null {
  const { periods, realizations, exceptions, indicatorCount, today, role } = args;
  return (
    periods.find((period, index) => {
      const values = realizations.filter((realization) => realization.period === period);
      const lock = lockState({
        role,
        today,
        realizations: values,
        exceptions: exceptions.filter((exception) => exception.period === period),
      });
      if (lock.locked) return false;
      if (values.some((value) => value.status === 'DRAFT' || value.status === 'RETURNED')) return true;
      if (values.length >= indicatorCount) return false;
      return !boundByDeadline(role) || values.length > 0 || index === periods.length - 1;
    }) ?? null
  );
}
