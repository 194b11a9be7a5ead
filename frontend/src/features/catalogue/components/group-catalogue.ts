import { type Indicator, PROGRAM_FIELDS, type Program, type ProgramField } from '../api/types';

export interface ProgramWithIndicators {
  program: Program;
  indicators: Indicator[];
}

export interface FieldGroup {
  field: ProgramField;
  programs: ProgramWithIndicators[];
}

export interface GroupOptions {
  /** Set when a search or an indicator filter narrows the catalogue down. */
  narrowed: boolean;
  /** Codes of programs that match the search themselves (their name or code). */
  matchingPrograms?: ReadonlySet<string>;
}

/**
 * Puts each program under its field (cooperatives first, then SMEs) with its indicators.
 * When the catalogue is narrowed, a program stays only if some of its indicators match,
 * or if the program itself matches the search.
 */
export function groupCatalogue(
  programs: readonly Program[],
  indicators: readonly Indicator[],
  options: GroupOptions = { narrowed: false },
): FieldGroup[] {
  const indicatorsByProgram = new Map<string, Indicator[]>();
  for (const indicator of indicators) {
    const list = indicatorsByProgram.get(indicator.programCode) ?? [];
    list.push(indicator);
    indicatorsByProgram.set(indicator.programCode, list);
  }

  return PROGRAM_FIELDS.map((field) => ({
    field,
    programs: programs
      .filter((program) => program.field === field)
      .map((program) => ({ program, indicators: indicatorsByProgram.get(program.code) ?? [] }))
      .filter(
        ({ program, indicators: own }) =>
          !options.narrowed || own.length > 0 || (options.matchingPrograms?.has(program.code) ?? false),
      ),
  })).filter((group) => group.programs.length > 0);
}
