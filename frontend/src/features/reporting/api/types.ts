import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Realization = Schemas['Realization'];
export type RealizationInput = Schemas['RealizationInput'];
export type RealizationStatus = Schemas['RealizationStatus'];
export type Target = Schemas['Target'];
export type Indicator = Schemas['Indicator'];
export type Program = Schemas['Program'];
export type ReportingException = Schemas['ReportingException'];
export type SubmitPeriodResponse = Schemas['SubmitPeriodResponse'];
export type VerifyPeriodResponse = Schemas['VerifyPeriodResponse'];

/** The province reports its own indicators; the 14 regencies and cities report the rest. */
export const PROVINCE_CODE = '61';

// Lists are read whole: the largest page the API allows, page after page.
export const MAX_PAGE_SIZE = 500;

export const reportingKeys = {
  all: ['reporting'] as const,
  indicators: () => [...reportingKeys.all, 'indicators'] as const,
  programs: () => [...reportingKeys.all, 'programs'] as const,
  realizations: () => [...reportingKeys.all, 'realizations'] as const,
  realizationList: (query: object) => [...reportingKeys.realizations(), query] as const,
  targets: () => [...reportingKeys.all, 'targets'] as const,
  targetList: (query: object) => [...reportingKeys.targets(), query] as const,
  exceptions: (query: object) => [...reportingKeys.all, 'exceptions', query] as const,
};
