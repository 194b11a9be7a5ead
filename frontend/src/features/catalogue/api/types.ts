import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Program = Schemas['Program'];
export type ProgramInput = Schemas['ProgramInput'];
export type Indicator = Schemas['Indicator'];
export type IndicatorInput = Schemas['IndicatorInput'];

export type ProgramField = Schemas['ProgramField'];
export type ProgramAuthority = Schemas['ProgramAuthority'];
export type Measure = Schemas['Measure'];
export type Polarity = Schemas['Polarity'];
export type PeriodType = Schemas['PeriodType'];
export type TimeAggregation = Schemas['TimeAggregation'];
export type RegionAggregation = Schemas['RegionAggregation'];

export const PROGRAM_FIELDS: readonly ProgramField[] = ['COOPERATIVE', 'SME'];
export const PROGRAM_AUTHORITIES: readonly ProgramAuthority[] = ['PROVINCE', 'REGENCY', 'SHARED'];
export const MEASURES: readonly Measure[] = ['NUMBER', 'PERCENT', 'CURRENCY', 'RATIO'];
export const POLARITIES: readonly Polarity[] = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'RANGE'];
export const PERIOD_TYPES: readonly PeriodType[] = ['ANNUAL', 'SEMIANNUAL', 'QUARTERLY', 'MONTHLY'];
export const TIME_AGGREGATIONS: readonly TimeAggregation[] = ['SUM', 'LAST', 'AVERAGE'];
export const REGION_AGGREGATIONS: readonly RegionAggregation[] = ['SUM', 'AVERAGE', 'PROVINCE_REPORTED'];

export type { Versioned } from '@/lib/versioned';

// The whole catalogue is a few dozen records: one page of the largest size holds it.
export const CATALOGUE_PAGE_SIZE = 500;

export const catalogueKeys = {
  all: ['catalogue'] as const,
  programs: () => [...catalogueKeys.all, 'programs'] as const,
  programList: (filters: object) => [...catalogueKeys.programs(), 'list', filters] as const,
  program: (code: string) => [...catalogueKeys.programs(), 'detail', code] as const,
  indicators: () => [...catalogueKeys.all, 'indicators'] as const,
  indicatorList: (filters: object) => [...catalogueKeys.indicators(), 'list', filters] as const,
  indicator: (code: string) => [...catalogueKeys.indicators(), 'detail', code] as const,
};
