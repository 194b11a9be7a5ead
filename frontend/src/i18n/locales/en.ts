import type { Messages } from './id';

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
