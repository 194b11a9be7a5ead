import type { AchievementsMessages } from './id';

type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const achievementsEn: Translations<AchievementsMessages> = {
  nav: 'Achievement Overview',
  homeLink: 'Achievement overview by region',
  homeIntro: 'Achievement of each program and completeness of the data by region, from the nation down to regencies and cities.',
  title: 'Achievement Overview',
  titleNation: 'National Achievement Overview',
  titleRegion: 'Achievement Overview of {{region}}',
  introNation: 'Achievement of each program by province, with how complete the data is. Choose a province to see its regencies and cities.',
  introProvince:
    'Achievement of each program by regency and city, with how complete the data is. Choose a region to see its indicators.',
  definitionTitle: 'How to read the table',
  definition:
    "Program achievement: the mean achievement (%) of the program's indicators that have a figure in the region (both target and realization exist); indicators without a figure are left out, not counted as zero. Completeness: period values reported, and those verified, against the period values due up to the period, over every indicator.",
  caption: 'Program achievement by {{unit}}, {{period}}',
  through: 'through {{period}}',
  unitProvince: 'province',
  unitRegency: 'regency and city',
  breadcrumb: 'You are here',
  nation: 'Nation',
  column: {
    province: 'Province',
    regency: 'Regency/city',
    completeness: 'Data completeness',
    reported: 'Reported',
    verified: 'Verified',
  },
  cell: '{{program}} — {{region}}: mean {{value}} of {{counted}} indicators with a figure ({{total}} indicators)',
  cellNone: '{{program}} — {{region}}: no indicator has a figure yet ({{total}} indicators)',
  counted: '{{counted}}/{{total}} indicators',
  countedLong: '{{counted}} of {{total}} indicators with a figure',
  notReported: 'Not reported by this region',
  periods: '{{count}} of {{expected}} period values',
  noPeriodsDue: 'No period value is due yet',
  rollupNation: 'Nation (roll-up)',
  rollupRegion: '{{region}} (roll-up)',
  openProvince: 'See the regencies and cities of {{region}}',
  openRegion: 'See the indicators of {{region}}',
  empty: 'No region or indicator for this choice yet.',
  regionCompleteness: '{{count}} of {{expected}} periods',
};

export default achievementsEn;
