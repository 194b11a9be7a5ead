import { PROVINCE_CODE } from '../api/types';

/** The region that answers for a piece of work: the province itself, or the regency chosen for it. */
export function responsibleRegion(level: string, regencyCode: string): string | null {
  if (level === 'PROVINCE') return PROVINCE_CODE;
  return level === 'REGENCY' ? regencyCode || null : null;
}
