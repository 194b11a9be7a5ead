import { previousPeriod, yearOf } from '@/lib/periods';
import type { Realization, Target } from '../api/types';

const keyOf = (indicatorCode: string, regionCode: string, tail: string | number) =>
  `${indicatorCode}|${regionCode}|${tail}`;

export interface QueueRow {
  realization: Realization;
  /** The target's part for the period when broken down, else the annual target. */
  target: number | undefined;
  targetIsAnnual: boolean;
  previousPeriod: string;
  previous: Realization | undefined;
}

export interface QueueGroup {
  regionCode: string;
  /** Set when the queue is grouped by region and period: the values "Verifikasi semua" takes together. */
  period?: string;
  rows: QueueRow[];
}

/** Submitted values grouped by region (in code order), each with its target and previous value. */
export function groupQueue(submitted: Realization[], targets: Target[], previous: Realization[]): QueueGroup[] {
  const targetOf = new Map(targets.map((target) => [keyOf(target.indicatorCode, target.regionCode, target.year), target]));
  const previousOf = new Map(
    previous.map((value) => [keyOf(value.indicatorCode, value.regionCode, value.period), value]),
  );
  const groups = new Map<string, QueueRow[]>();
  const sorted = [...submitted].sort(
    (a, b) =>
      a.regionCode.localeCompare(b.regionCode, undefined, { numeric: true }) ||
      a.period.localeCompare(b.period) ||
      a.indicatorCode.localeCompare(b.indicatorCode, undefined, { numeric: true }),
  );
  for (const realization of sorted) {
    const target = targetOf.get(keyOf(realization.indicatorCode, realization.regionCode, realization.year));
    const part = target?.breakdown.find((item) => item.period === realization.period);
    const before = previousPeriod(realization.period);
    const row: QueueRow = {
      realization,
      target: part?.value ?? target?.value,
      targetIsAnnual: !part && target !== undefined && realization.period !== String(realization.year),
      previousPeriod: before,
      previous: previousOf.get(keyOf(realization.indicatorCode, realization.regionCode, before)),
    };
    const rows = groups.get(realization.regionCode) ?? [];
    rows.push(row);
    groups.set(realization.regionCode, rows);
  }
  return [...groups.entries()].map(([regionCode, rows]) => ({ regionCode, rows }));
}

/**
 * Submitted values grouped by region and period, in the order the list gave them (e.g. the
 * longest waiting first), each with its target and previous value.
 */
export function groupByRegionAndPeriod(submitted: Realization[], targets: Target[], previous: Realization[]): QueueGroup[] {
  const rows = groupQueue(submitted, targets, previous).flatMap((group) => group.rows);
  const rowOf = new Map(rows.map((row) => [keyOf(row.realization.indicatorCode, row.realization.regionCode, row.realization.period), row]));
  const groups = new Map<string, QueueGroup>();
  for (const realization of submitted) {
    const groupKey = `${realization.regionCode}|${realization.period}`;
    const group = groups.get(groupKey) ?? { regionCode: realization.regionCode, period: realization.period, rows: [] };
    const row = rowOf.get(keyOf(realization.indicatorCode, realization.regionCode, realization.period));
    if (row) group.rows.push(row);
    groups.set(groupKey, group);
  }
  return [...groups.values()];
}

/** Whole days a value has waited since it was submitted. */
export function daysWaiting(submittedAt: string | null | undefined, now: Date = new Date()): number | null {
  if (!submittedAt) return null;
  const since = Date.parse(submittedAt);
  if (Number.isNaN(since)) return null;
  return Math.max(0, Math.floor((now.getTime() - since) / 86_400_000));
}

/** The years whose targets and the periods whose values the queue needs beside it. */
export function queueLookups(submitted: Realization[]): { years: number[]; previousPeriods: string[] } {
  const years = new Set<number>();
  const periods = new Set<string>();
  for (const realization of submitted) {
    years.add(realization.year);
    periods.add(previousPeriod(realization.period));
  }
  return {
    years: [...years].sort(),
    previousPeriods: [...periods].filter((period) => yearOf(period) !== null).sort(),
  };
}
