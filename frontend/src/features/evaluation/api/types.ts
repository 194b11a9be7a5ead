import type { components } from '@/api/schema';

type Schemas = components['schemas'];

export type Meeting = Schemas['Meeting'];
export type MeetingInput = Schemas['MeetingInput'];
export type Agreement = Schemas['Agreement'];
export type AgreementInput = Schemas['AgreementInput'];
export type Finding = Schemas['Finding'];
export type FindingInput = Schemas['FindingInput'];
export type Recommendation = Schemas['Recommendation'];
export type RecommendationInput = Schemas['RecommendationInput'];
export type FollowUp = Schemas['FollowUp'];
export type FollowUpInput = Schemas['FollowUpInput'];
export type EvaluationSummary = Schemas['EvaluationSummary'];

export type FindingCategory = Schemas['FindingCategory'];
export type Severity = Schemas['Severity'];
export type FindingStatus = Schemas['FindingStatus'];
export type RecommendationStatus = Schemas['RecommendationStatus'];
export type ResponsibleLevel = Schemas['ResponsibleLevel'];
export type AgreementStatus = Schemas['AgreementStatus'];

export const FINDING_CATEGORIES: readonly FindingCategory[] = [
  'CAPITAL_ACCESS',
  'HUMAN_RESOURCES',
  'DATA_QUALITY',
  'REGULATION',
  'COORDINATION',
  'MARKET_ACCESS',
  'BUDGET',
  'OTHER',
];
export const SEVERITIES: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW'];
export const FINDING_STATUSES: readonly FindingStatus[] = ['OPEN', 'CLOSED'];
/** In the order of the audit board's model: 1 done … 4 cannot be acted on. */
export const RECOMMENDATION_STATUSES: readonly RecommendationStatus[] = [
  'DONE',
  'IN_PROGRESS',
  'NOT_ACTED',
  'CANNOT_ACT',
];
export const RESPONSIBLE_LEVELS: readonly ResponsibleLevel[] = ['PROVINCE', 'REGENCY', 'MINISTRY'];
export const AGREEMENT_STATUSES: readonly AgreementStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE'];

/** The province's own code: province-wide findings and province-level owners. */
export const PROVINCE_CODE = '61';

// A year of findings or meetings is a few dozen records: one page of the largest size holds them.
export const EVALUATION_PAGE_SIZE = 500;

export const evaluationKeys = {
  all: ['evaluation'] as const,
  meetings: () => [...evaluationKeys.all, 'meetings'] as const,
  meetingList: (filters: object) => [...evaluationKeys.meetings(), 'list', filters] as const,
  meeting: (id: string) => [...evaluationKeys.meetings(), 'detail', id] as const,
  agreement: (id: string) => [...evaluationKeys.meetings(), 'agreement', id] as const,
  findings: () => [...evaluationKeys.all, 'findings'] as const,
  findingList: (filters: object) => [...evaluationKeys.findings(), 'list', filters] as const,
  finding: (id: string) => [...evaluationKeys.findings(), 'detail', id] as const,
  recommendations: (findingId: string) => [...evaluationKeys.findings(), 'recommendations', findingId] as const,
  followUps: (recommendationId: string) => [...evaluationKeys.all, 'follow-ups', recommendationId] as const,
  summary: (filters: object) => [...evaluationKeys.all, 'summary', filters] as const,
};
