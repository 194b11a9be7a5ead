import type { Messages } from './id';
import accounts from '@/features/accounts/i18n/en';
import comments from '@/features/comments/i18n/en';
import evaluation from '@/features/evaluation/i18n/en';
import imports from '@/features/imports/i18n/en';
import notifications from '@/features/notifications/i18n/en';
import targetRounds from '@/features/target-rounds/i18n/en';
import work from '@/features/work/i18n/en';

// English mirrors the Indonesian keys; the type makes a missing key a build error.
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const en: Translations<Messages> = {
  app: {
    name: 'Monev KUMKM',
    tagline: 'Monitoring and Evaluation of the Strategic Cooperative and SME Programs of West Kalimantan',
    agency: 'Cooperatives and SME Agency of West Kalimantan Province',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  nav: {
    label: 'Main navigation',
    home: 'Home',
    regions: 'Regions',
    catalogue: 'Catalogue',
    meetings: 'Meetings',
    findings: 'Findings',
  },
  auth: {
    title: 'Sign in',
    intro: 'Sign in with the account the agency gave you.',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    logout: 'Sign out',
    invalidCredentials: 'Wrong username or password.',
    missingFields: 'Enter your username and password.',
    sessionExpired: 'Your session has expired, please sign in again.',
    loggedOut: 'You have signed out.',
  },
  user: {
    label: 'User',
    allRegions: 'All regions',
    role: {
      ADMIN: 'Province administrator',
      VERIFIER: 'Verifier',
      OPERATOR: 'Regency/city operator',
      MINISTRY: 'Ministry',
    },
  },
  home: {
    title: 'Home',
    welcome: 'Welcome, {{name}}.',
    intro:
      'This system records the targets and realizations of the strategic cooperative and SME program indicators, the evaluation meetings, the problems found and their solutions, and the follow-ups.',
    regionsLink: 'See the list of regions',
  },
  regions: {
    title: 'Regions',
    intro: 'West Kalimantan province and its regencies and cities.',
    count_one: '{{count}} region',
    count_other: '{{count}} regions',
    empty: 'No region matches.',
    caption: 'List of regions',
    filter: {
      label: 'Level',
      all: 'All levels',
    },
    column: {
      code: 'Code',
      name: 'Name',
      level: 'Level',
      bpsCode: 'BPS code',
      parent: 'Parent',
    },
    level: {
      PROVINCE: 'Province',
      REGENCY: 'Regency',
      CITY: 'City',
    },
  },
  catalogue: {
    title: 'Programs and Indicators Catalogue',
    intro: 'The strategic cooperative and SME programs and their performance indicators.',
    backToCatalogue: 'Back to the catalogue',
    search: {
      label: 'Search',
      placeholder: 'Code or name',
    },
    filter: {
      label: 'Filter the catalogue',
      all: 'All',
      showRetired: 'Show retired',
    },
    programCount_one: '{{count}} program',
    programCount_other: '{{count}} programs',
    indicatorCount_one: '{{count}} indicator',
    indicatorCount_other: '{{count}} indicators',
    empty: 'No program or indicator matches.',
    noIndicators: 'This program has no indicators yet.',
    noMatchingIndicators: 'None of the indicators of this program match the search.',
    retired: 'Retired',
    active: 'Active',
    none: '—',
    openEnded: 'present',
    indicatorsCaption: 'Indicators of {{program}}',
    indicatorsTitle: 'Indicators',
    programLabel: 'Program',
    indicatorLabel: 'Indicator',
    program: {
      newTitle: 'New program',
      editTitle: 'Edit program {{code}}',
    },
    indicator: {
      newTitle: 'New indicator',
      editTitle: 'Edit indicator {{code}}',
    },
    fields: {
      code: 'Code',
      name: 'Name',
      field: 'Field',
      authority: 'Authority',
      description: 'Description',
      missionAlignment: "Link to the governor's mission",
      ministryAlignment: "Link to the ministry's priorities",
      startYear: 'Start year',
      endYear: 'End year',
      years: 'Years active',
      programCode: 'Program',
      unit: 'Unit',
      measure: 'Measure',
      polarity: 'Polarity',
      periodType: 'Reporting period',
      timeAggregation: 'Periods roll up to the year by',
      regionAggregation: 'Regencies roll up to the province by',
      baselineYear: 'Baseline year',
      baselineValue: 'Baseline value',
      rangeLow: 'Range lower bound',
      rangeHigh: 'Range upper bound',
      dataSource: 'Data source',
      ministryCode: 'Ministry indicator code',
      active: 'Status',
      activeCheckbox: 'Active (used for reporting)',
      updatedAt: 'Last changed',
    },
    hints: {
      code: 'A stable code; it cannot change once saved.',
      endYear: 'Leave empty while the program runs.',
      range: 'Required when the polarity is "Within a range".',
      required: 'required',
    },
    choose: '— Choose —',
    enums: {
      field: {
        COOPERATIVE: 'Cooperatives',
        SME: 'SMEs',
      },
      authority: {
        PROVINCE: 'Province',
        REGENCY: 'Regency/city',
        SHARED: 'Shared (province and regencies/cities)',
      },
      measure: {
        NUMBER: 'Number',
        PERCENT: 'Percent',
        CURRENCY: 'Rupiah',
        RATIO: 'Ratio',
      },
      polarity: {
        HIGHER_IS_BETTER: 'Higher is better',
        LOWER_IS_BETTER: 'Lower is better',
        RANGE: 'Within a range',
      },
      periodType: {
        ANNUAL: 'Annual',
        SEMIANNUAL: 'Semiannual',
        QUARTERLY: 'Quarterly',
        MONTHLY: 'Monthly',
      },
      timeAggregation: {
        SUM: 'Sum',
        LAST: 'Value of the last period',
        AVERAGE: 'Average',
      },
      regionAggregation: {
        SUM: 'Sum',
        AVERAGE: 'Average',
        PROVINCE_REPORTED: 'Reported by the province',
      },
    },
    actions: {
      newProgram: 'New program',
      newIndicator: 'New indicator',
      edit: 'Edit',
      retire: 'Retire',
      delete: 'Delete',
      confirmRetire: 'Retire {{code}}? It stays on record but is no longer used for new reports.',
      confirmDelete: 'Delete {{code}} for good?',
      confirmRetireButton: 'Yes, retire',
      confirmDeleteButton: 'Yes, delete',
      cancel: 'Cancel',
      save: 'Save',
      saving: 'Saving…',
      reload: 'Load the latest version',
    },
    messages: {
      validation: 'Not saved yet. Check the marked fields.',
      duplicateCode: 'This code is already in use. Choose another code.',
      inUse: 'This record is still in use and cannot be deleted. Retire it instead.',
      stale:
        'Someone else changed this record after you opened it, so your changes were not saved. Load the latest version, then apply your changes again.',
      reloaded: 'The latest version is loaded.',
      saved: 'Changes saved.',
      created: 'The new record is saved.',
      retired: 'The record is retired.',
      required: 'Required.',
      adminOnly: 'Only the province administrator can change the catalogue.',
    },
  },
  evaluation,
  imports,
  accounts,
  notifications,
  work,
  comments,
  targetRounds,
  status: {
    loading: 'Loading…',
  },
  errors: {
    network: 'Cannot connect to the server. Check your network connection, then try again.',
    forbidden: 'You do not have access to this data.',
    notFound: 'The data was not found.',
    server: 'Something went wrong on the server. Please try again later.',
    unexpected: 'An unexpected error occurred.',
    retry: 'Try again',
  },
  notFound: {
    title: 'Page not found',
    back: 'Back to home',
  },
};

export default en;
