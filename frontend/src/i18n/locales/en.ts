import type { Messages } from './id';
import accounts from '@/features/accounts/i18n/en';
import achievements from '@/features/achievements/i18n/en';
import comments from '@/features/comments/i18n/en';
import catalogue from '@/features/catalogue/i18n/en';
import regions from '@/features/regions/i18n/en';
import reporting from '@/features/reporting/i18n/en';
import evaluation from '@/features/evaluation/i18n/en';
import imports from '@/features/imports/i18n/en';
import notifications from '@/features/notifications/i18n/en';
import targetRounds from '@/features/target-rounds/i18n/en';
import sync from '@/features/sync/i18n/en';
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
    compareRegions: 'Compare the regions’ achievements',
    exportYear: 'Download the {{year}} realizations (CSV)',
    title: 'Home',
    welcome: 'Welcome, {{name}}.',
    intro:
      'This system records the targets and realizations of the strategic cooperative and SME program indicators, the evaluation meetings, the problems found and their solutions, and the follow-ups.',
    regionsLink: 'See the list of regions',
  },
  regions,
  achievements,
  catalogue,
  evaluation,
  reporting,
  imports,
  accounts,
  notifications,
  sync,
  work,
  comments,
  targetRounds,
  form: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    validation: 'The data could not be saved yet. Check the marked fields.',
    duplicateCode: 'This code is already in use. Choose another code.',
    stale:
      'Someone else changed this record after you opened it, so your change was not saved. Load the latest version, then apply your change again.',
    reload: 'Load the latest version',
    required: 'Required.',
    unsaved: {
      title: 'Some values are not saved',
      body: 'Values you typed but did not save will be lost if you leave this page.',
      stay: 'Stay on this page',
      leave: 'Leave without saving',
    },
    invalidNumber: 'Not a number that can be read. Group thousands with commas and mark decimals with a point, for example {{example}}.',
  },
  shell: {
    menu: 'Menu',
    closeMenu: 'Close menu',
    readOnly: 'Read only',
    readOnlyHint: 'This account can read the data; it cannot change anything.',
  },
  routeError: {
    title: 'This page cannot be shown',
    body: 'Something went wrong while showing this page. The rest of the application still works.',
    reload: 'Reload the page',
    home: 'Back to home',
    forbidden: 'This page is not available for your role.',
  },
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
