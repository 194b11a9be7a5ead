import type { AchievementIndicator, AchievementReport, AchievementRow, Rating, RatingBand } from '../api/get-achievements';
import { ratingOf } from './ratings';

/** One program in one region: the mean achievement of its indicators that have a figure. */
export interface ProgramCell {
  /** Mean achievement in %, of the indicators counted; null when none has a figure. */
  mean: number | null;
  rating: Rating | null;
  /** Indicators with a computed achievement. */
  counted: number;
  /** Indicators of the program the region reports (those it has a row for). */
  indicators: number;
  completeness: Completeness;
}

/** Period values of a region's rows, summed: due up to the period, reported, verified. */
export interface Completeness {
  expected: number;
  reported: number;
  verified: number;
}

export interface OverviewRow {
  /** Kemendagri code; null for the nation. */
  regionCode: string | null;
  programs: Map<string, ProgramCell>;
  completeness: Completeness;
}

const byCode = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

/** The programs of the report's indicators, in code order. */
export function programCodesOf(report: AchievementReport): string[] {
  return [...new Set(report.indicators.map((indicator) => indicator.programCode))].sort(byCode);
}

/** Share of `part` in `whole`, in %; null when nothing is due. */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? (part / whole) * 100 : null;
}

function completenessOf(rows: AchievementRow[]): Completeness {
  return rows.reduce(
    (sum, row) => ({
      expected: sum.expected + row.periodsExpected,
      reported: sum.reported + row.periodsReported,
      verified: sum.verified + row.periodsVerified,
    }),
    { expected: 0, reported: 0, verified: 0 },
  );
}

/**
 * A region's summary from its rows (one per indicator it reports): per program the mean achievement of
 * the indicators whose achievement is computed (a missing target or value is left out, never counted as
 * zero), and the completeness of its period values over every indicator.
 */
export function summarize(
  regionCode: string | null,
  rows: AchievementRow[],
  indicators: ReadonlyMap<string, AchievementIndicator>,
  bands: RatingBand[],
): OverviewRow {
  const byProgram = new Map<string, AchievementRow[]>();
  for (const row of rows) {
    const programCode = indicators.get(row.indicatorCode)?.programCode;
    if (!programCode) continue;
    const list = byProgram.get(programCode);
    if (list) list.push(row);
    else byProgram.set(programCode, [row]);
  }
  const programs = new Map<string, ProgramCell>();
  for (const [programCode, list] of byProgram) {
    const figures = list
      .filter((row) => row.status === 'COMPUTED' && typeof row.achievement === 'number')
      .map((row) => row.achievement as number);
    const mean = figures.length > 0 ? figures.reduce((sum, value) => sum + value, 0) / figures.length : null;
    programs.set(programCode, {
      mean,
      rating: ratingOf(mean, bands),
      counted: figures.length,
      indicators: list.length,
      completeness: completenessOf(list),
    });
  }
  return { regionCode, programs, completeness: completenessOf(rows) };
}

/**
 * The table of a report: a row per child region (the provinces at level PROVINCE, the regencies and
 * cities at level REGENCY; the parent's own rows, for the indicators it reports itself, are left to its
 * roll-up), in code order, and the parent's roll-up (null at level NATION).
 */
export function overviewRows(report: AchievementReport): { rows: OverviewRow[]; rollup: OverviewRow | null } {
  const indicators = new Map(report.indicators.map((indicator) => [indicator.code, indicator]));
  const byRegion = new Map<string, AchievementRow[]>();
  for (const item of report.items) {
    if (!item.regionCode || item.regionCode === report.parent) continue;
    const list = byRegion.get(item.regionCode);
    if (list) list.push(item);
    else byRegion.set(item.regionCode, [item]);
  }
  const rows = [...byRegion.keys()]
    .sort(byCode)
    .map((code) => summarize(code, byRegion.get(code) ?? [], indicators, report.bands));
  const rollup =
    report.rollup.length > 0 ? summarize(report.parent ?? null, report.rollup, indicators, report.bands) : null;
  return { rows, rollup };
}
