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
