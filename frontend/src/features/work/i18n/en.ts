import type { WorkMessages } from './id';

type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const work: Translations<WorkMessages> = {
  title: 'Your work',
  empty: 'Nothing to do right now.',
  progress: '{{done}} of {{total}}',
  due: 'due {{date}}',
  daysLeft: '{{count}} day(s) left',
  overdueBy: '{{count}} day(s) overdue',
  waiting: 'waiting {{count}} day(s)',
  kinds: {
    OPEN_PERIOD: 'Reporting',
    VALUE_RETURNED: 'Value returned',
    RECOMMENDATION_DUE: 'Recommendation due',
    RECOMMENDATION_OVERDUE: 'Recommendation overdue',
    PROPOSALS_TO_MAKE: 'Target proposals',
    AWAITING_VERIFICATION: 'Awaiting verification',
    PROPOSALS_TO_REVIEW: 'Review proposals',
    REPORTING_COMPLETENESS: 'Reporting completeness',
    FAILED_IMPORT: 'Failed import',
    TARGET_ROUND: 'Target round',
    PROVINCE_COMPLETENESS: 'Province completeness',
    KEY_FIGURE: 'Key figure',
  },
};

export default work;
