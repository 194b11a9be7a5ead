import { describe, expect, it } from 'vitest';
import { INDICATORS, PROGRAMS } from '@/test/fixtures';
import { groupCatalogue } from './group-catalogue';

const activePrograms = PROGRAMS.filter((program) => program.active);

function codes(groups: ReturnType<typeof groupCatalogue>) {
  return groups.map((group) => ({
    field: group.field,
    programs: group.programs.map((entry) => [entry.program.code, entry.indicators.map((i) => i.code)]),
  }));
}

describe('groupCatalogue', () => {
  it('puts cooperative programs first, then SME programs, each with its own indicators', () => {
    const groups = groupCatalogue(activePrograms, INDICATORS);

    expect(codes(groups)).toEqual([
      {
        field: 'COOPERATIVE',
        programs: [
          ['2.17.03', ['2.17.03.01']],
          ['2.17.06', ['2.17.06.01', '2.17.06.02', '2.17.06.09']],
        ],
      },
      { field: 'SME', programs: [['2.17.07', ['2.17.07.01']]] },
    ]);
  });

  it('keeps a program without indicators while nothing narrows the catalogue', () => {
    const groups = groupCatalogue(activePrograms, []);
    expect(groups.flatMap((group) => group.programs.map((entry) => entry.program.code))).toEqual([
      '2.17.03',
      '2.17.06',
      '2.17.07',
    ]);
  });

  it('leaves out a field with no program', () => {
    const groups = groupCatalogue(
      activePrograms.filter((program) => program.field === 'SME'),
      INDICATORS,
    );
    expect(groups.map((group) => group.field)).toEqual(['SME']);
  });

  it('when narrowed, keeps only programs with matching indicators or matching the search themselves', () => {
    const matching = INDICATORS.filter((indicator) => indicator.code === '2.17.06.01');

    const byIndicator = groupCatalogue(activePrograms, matching, { narrowed: true });
    expect(codes(byIndicator)).toEqual([{ field: 'COOPERATIVE', programs: [['2.17.06', ['2.17.06.01']]] }]);

    const withProgram = groupCatalogue(activePrograms, matching, {
      narrowed: true,
      matchingPrograms: new Set(['2.17.07']),
    });
    expect(codes(withProgram)).toEqual([
      { field: 'COOPERATIVE', programs: [['2.17.06', ['2.17.06.01']]] },
      { field: 'SME', programs: [['2.17.07', []]] },
    ]);
  });
});
