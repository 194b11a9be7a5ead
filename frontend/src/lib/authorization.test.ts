import { describe, expect, it } from 'vitest';
import { can, canFollowUp, isReadOnly, ownRegion, type Role } from './authorization';

const as = (role: Role, regionCode: string | null = null) => ({ role, regionCode }) as never;

describe('authorization', () => {
  it('lets each role do its own work only', () => {
    expect(can(as('OPERATOR', '61.01'), 'report')).toBe(true);
    expect(can(as('OPERATOR', '61.01'), 'verify')).toBe(false);
    expect(can(as('VERIFIER'), 'verify')).toBe(true);
    expect(can(as('VERIFIER'), 'report')).toBe(false);
    expect(can(as('ADMIN'), 'manageCatalogue')).toBe(true);
    expect(can(as('VERIFIER'), 'manageCatalogue')).toBe(false);
    expect(can(undefined, 'report')).toBe(false);
  });

  it('gives the ministry nothing to write', () => {
    const ministry = as('MINISTRY');
    expect(isReadOnly(ministry)).toBe(true);
    expect(isReadOnly(as('ADMIN'))).toBe(false);
    for (const action of ['report', 'verify', 'import', 'manageCatalogue', 'manageEvaluation', 'recordFinding', 'comment'] as const) {
      expect(can(ministry, action)).toBe(false);
    }
    expect(can(ministry, 'readAllProposals')).toBe(true);
    expect(can(as('OPERATOR', '61.01'), 'readAllProposals')).toBe(false);
    expect(can(as('OPERATOR', '61.01'), 'comment')).toBe(true);
  });

  it('binds operators to their region', () => {
    expect(ownRegion(as('OPERATOR', '61.01'))).toBe('61.01');
    expect(ownRegion(as('ADMIN'))).toBeNull();
    expect(canFollowUp(as('OPERATOR', '61.01'), { findingRegion: '61.01' })).toBe(true);
    expect(canFollowUp(as('OPERATOR', '61.01'), { findingRegion: '61', responsibleRegion: '61.01' })).toBe(true);
    expect(canFollowUp(as('OPERATOR', '61.01'), { findingRegion: '61.02' })).toBe(false);
    expect(canFollowUp(as('VERIFIER'), { findingRegion: '61.02' })).toBe(true);
  });
});
