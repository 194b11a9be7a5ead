import type { Finding, FollowUp, Meeting, Recommendation } from '../api/types';

const AT = '2025-01-01T00:00:00Z';
export const MEETING_2022_ID = '00000000-0000-4000-8000-000000000001';

const REGENCIES = [
  '61.01', '61.02', '61.03', '61.04', '61.05', '61.06', '61.07',
  '61.08', '61.09', '61.10', '61.11', '61.12', '61.71', '61.72',
];

export const MEETING_2022: Meeting = {
  id: MEETING_2022_ID,
  title: 'Monitoring dan Evaluasi Program Strategis Bidang KUMKM Tahun 2022',
  date: '2022-09-22',
  place: 'Pontianak',
  year: 2022,
  periods: ['2022S1'],
  invitedRegionCodes: REGENCIES,
  attendedRegionCodes: REGENCIES.filter((code) => code !== '61.11'),
  minutes: 'Dibuka oleh Kepala Diskop-UKM Provinsi Kalbar.',
  agreements: [
    {
      id: 'a-1',
      meetingId: MEETING_2022_ID,
      text: 'Kabupaten/kota memutakhirkan data koperasi aktif pada ODS.',
      ownerLevel: 'REGENCY',
      ownerRegionCode: '61.06',
      dueDate: '2022-12-31',
      status: 'IN_PROGRESS',
      overdue: true,
      createdAt: AT,
      updatedAt: AT,
      version: 0,
    },
    {
      id: 'a-2',
      meetingId: MEETING_2022_ID,
      text: 'Satu gerak dengan Kementerian dalam akses permodalan koperasi.',
      ownerLevel: 'PROVINCE',
      ownerRegionCode: '61',
      dueDate: '2022-12-31',
      status: 'DONE',
      overdue: false,
      createdAt: AT,
      updatedAt: AT,
      version: 0,
    },
  ],
  findingCount: 2,
  createdAt: AT,
  updatedAt: AT,
  version: 0,
};

export function finding(id: string, overrides: Partial<Finding> = {}): Finding {
  return {
    id,
    meetingId: MEETING_2022_ID,
    regionCode: '61.06',
    programCode: '2.17.06',
    indicatorCode: '2.17.06.01',
    category: 'CAPITAL_ACCESS',
    severity: 'HIGH',
    title: `Temuan ${id}`,
    description: 'Uraian temuan.',
    foundOn: '2022-09-22',
    status: 'OPEN',
    overdue: false,
    recommendationCount: 1,
    createdBy: 'verifier',
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export function recommendation(id: string, overrides: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    findingId: 'f-1',
    text: `Rekomendasi ${id}`,
    responsibleLevel: 'REGENCY',
    responsibleRegionCode: '61.06',
    dueDate: '2022-11-21',
    status: 'NOT_ACTED',
    statusReason: null,
    overdue: false,
    createdAt: AT,
    updatedAt: AT,
    version: 0,
    ...overrides,
  };
}

export function followUp(id: string, overrides: Partial<FollowUp> = {}): FollowUp {
  return {
    id,
    recommendationId: 'r-1',
    date: '2022-11-15',
    description: `Tindak lanjut ${id}`,
    evidenceUrl: null,
    status: null,
    statusReason: null,
    createdBy: 'op-6106',
    createdAt: AT,
    ...overrides,
  };
}
