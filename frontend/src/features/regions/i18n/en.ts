import type { RegionsMessages } from './id';

// English mirrors the Indonesian keys; the type makes a missing key a build error.
type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const regions: Translations<RegionsMessages> = {
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
};

export default regions;
