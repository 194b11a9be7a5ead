import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import type { ReportingException } from '../api/types';
import { CATALOGUE, realization, target } from '../test/reporting-fixtures';
import {
  buildRows,
  canSubmit,
  dirtyRows,
  gridIndicators,
  isEditableStatus,
  lockedMessage,
  lockState,
  draftOf,
  filledCount,
  firstPeriodNeedingWork,
} from './grid-rows';

const codes = (items: { code: string }[]) => items.map((item) => item.code);

describe('gridIndicators', () => {
  it('lists the active indicators of the period type that a regency reports', () => {
    expect(codes(gridIndicators(CATALOGUE, 'QUARTERLY', '61.01'))).toEqual(['2.17.06.01', '2.17.06.02']);
    expect(codes(gridIndicators(CATALOGUE, 'SEMIANNUAL', '61.71'))).toEqual(['2.17.06.03']);
    expect(codes(gridIndicators(CATALOGUE, 'MONTHLY', '61.01'))).toEqual(['2.17.08.06']);
  });

  it('leaves province-reported indicators to the province, and the rest to the regencies', () => {
    expect(codes(gridIndicators(CATALOGUE, 'ANNUAL', '61.01'))).toEqual(['2.17.06.04']);
    expect(codes(gridIndicators(CATALOGUE, 'ANNUAL', '61'))).toEqual(['2.17.08.04']);
    expect(gridIndicators(CATALOGUE, 'QUARTERLY', '61')).toEqual([]);
  });

  it('never lists a retired indicator', () => {
    expect(codes(gridIndicators(CATALOGUE, 'QUARTERLY', '61.01'))).not.toContain('2.17.06.09');
  });
});

describe('buildRows', () => {
  it('puts the target, its part for the period and last year’s value beside the current one', () => {
    const rows = buildRows(
      gridIndicators(CATALOGUE, 'QUARTERLY', '61.01'),
      '2026Q4',
      [realization('2.17.06.01', '2026Q4', 5)],
      [target('2.17.06.01', 2026, 16, [{ period: '2026Q4', value: 4 }]), target('2.17.06.02', 2026, 900)],
      [realization('2.17.06.02', '2025Q4', 210, { status: 'VERIFIED' })],
    );
    expect(rows.map((row) => [row.indicator.code, row.target?.value, row.periodTarget, row.lastYear?.value, row.realization?.value])).toEqual([
      ['2.17.06.01', 16, 4, undefined, 5],
      ['2.17.06.02', 900, undefined, 210, undefined],
    ]);
  });
});

describe('dirty rows', () => {
  const rows = buildRows(
    gridIndicators(CATALOGUE, 'QUARTERLY', '61.01'),
    '2026Q4',
    [realization('2.17.06.01', '2026Q4', 5, { note: 'RAT' })],
    [],
    [],
  );

  it('are rows whose value, note or evidence link differs from what was saved', () => {
    expect(dirtyRows(rows, {}, 'id')).toEqual([]);
    // The same value typed again, and an empty new row, change nothing.
    expect(
      dirtyRows(rows, {
        '2.17.06.01': { value: '5', note: 'RAT', evidenceUrl: '' },
        '2.17.06.02': { value: ' ', note: '', evidenceUrl: '' },
      }, 'id'),
    ).toEqual([]);
    expect(codes(dirtyRows(rows, { '2.17.06.01': { value: '5,5', note: 'RAT', evidenceUrl: '' } }, 'id').map((row) => row.indicator))).toEqual([
      '2.17.06.01',
    ]);
    expect(codes(dirtyRows(rows, { '2.17.06.01': { value: '5', note: 'RAT 2026', evidenceUrl: '' } }, 'id').map((row) => row.indicator))).toEqual([
      '2.17.06.01',
    ]);
    expect(codes(dirtyRows(rows, { '2.17.06.02': { value: '1200000', note: '', evidenceUrl: '' } }, 'id').map((row) => row.indicator))).toEqual([
      '2.17.06.02',
    ]);
  });

  it('reads typed values in the notation of the language: 1.480 is 1480 in Indonesian', () => {
    const stored = buildRows(gridIndicators(CATALOGUE, 'QUARTERLY', '61.01'), '2026Q4', [realization('2.17.06.01', '2026Q4', 1480)], [], []);
    expect(dirtyRows(stored, { '2.17.06.01': { value: '1.480', note: '', evidenceUrl: '' } }, 'id')).toEqual([]);
    expect(dirtyRows(stored, { '2.17.06.01': { value: '1,480', note: '', evidenceUrl: '' } }, 'en')).toEqual([]);
    expect(dirtyRows(stored, { '2.17.06.01': { value: '1.48', note: '', evidenceUrl: '' } }, 'id')).toHaveLength(1);
    expect(draftOf(stored[0].realization, 'id').value).toBe('1.480');
    expect(filledCount(stored)).toBe(1);
  });
});

describe('workflow and locks', () => {
  it('lets only drafts, returned values and new values change, and submits only those', () => {
    expect(isEditableStatus(undefined)).toBe(true);
    expect(isEditableStatus(realization('x', '2026Q4', 1, { status: 'DRAFT' }))).toBe(true);
    expect(isEditableStatus(realization('x', '2026Q4', 1, { status: 'RETURNED' }))).toBe(true);
    expect(isEditableStatus(realization('x', '2026Q4', 1, { status: 'SUBMITTED' }))).toBe(false);
    expect(isEditableStatus(realization('x', '2026Q4', 1, { status: 'VERIFIED' }))).toBe(false);
    const submitted = buildRows(CATALOGUE.slice(0, 1), '2026Q4', [realization('2.17.06.01', '2026Q4', 1, { status: 'SUBMITTED' })], [], []);
    expect(canSubmit(submitted)).toBe(false);
  });

  it('takes the lock message from the server’s period-locked problem only', () => {
    const locked = new ApiError(409, {
      type: 'urn:monev:problem:period-locked',
      title: 'Period locked',
      status: 409,
      detail: 'The reporting deadline of 2026Q3 was 2026-10-15; an administrator can grant your region an exception',
    });
    const workflow = new ApiError(409, { type: 'urn:monev:problem:workflow-state', title: 'Conflict', detail: 'Only DRAFT or RETURNED values can change' });
    expect(lockedMessage(locked)).toBe(
      'The reporting deadline of 2026Q3 was 2026-10-15; an administrator can grant your region an exception',
    );
    expect(lockedMessage(workflow)).toBeNull();
    expect(lockedMessage(new Error('x'))).toBeNull();
  });

  it('locks operators out after the deadline unless an exception runs, never administrators', () => {
    const values = [realization('2.17.06.01', '2026Q3', 4, { deadline: '2026-10-15' })];
    const base = { today: '2026-11-27', realizations: values, exceptions: [] };
    expect(lockState({ ...base, role: 'OPERATOR' })).toEqual({ locked: true, deadline: '2026-10-15' });
    expect(lockState({ ...base, role: 'ADMIN' })).toEqual({ locked: false, deadline: '2026-10-15' });
    expect(lockState({ ...base, role: 'OPERATOR', today: '2026-10-15' }).locked).toBe(false);
    const exception = {
      regionCode: '61.01',
      period: '2026Q3',
      openUntil: '2026-12-15',
      reason: 'Data KUR terlambat',
      grantedBy: 'admin',
      createdAt: '2026-11-01T00:00:00Z',
      updatedAt: '2026-11-01T00:00:00Z',
      version: 0,
    };
    expect(lockState({ ...base, role: 'OPERATOR', exceptions: [exception] })).toEqual({
      locked: false,
      deadline: '2026-10-15',
      exceptionUntil: '2026-12-15',
    });
    // The server's answer wins over what the page worked out.
    expect(lockState({ ...base, role: 'ADMIN', lockedDetail: 'locked' })).toMatchObject({ locked: true, detail: 'locked' });
  });
});

describe('firstPeriodNeedingWork', () => {
  const periods = ['2026Q1', '2026Q2', '2026Q3', '2026Q4'];
  const done = (period: string, deadline = '2026-01-01') =>
    ['2.17.06.01', '2.17.06.02'].map((code) => realization(code, period, 1, { status: 'VERIFIED', deadline }));
  const base = { periods, indicatorCount: 2, today: '2026-11-27', role: 'OPERATOR' as const, exceptions: [] as ReportingException[] };

  it('opens the earliest period with a returned or draft value it may still change', () => {
    const realizations = [...done('2026Q1'), realization('2.17.06.01', '2026Q2', 1, { status: 'RETURNED' }), ...done('2026Q3')];
    expect(firstPeriodNeedingWork({ ...base, realizations })).toBe('2026Q2');
  });

  it('passes over a locked period, even with a returned value in it, unless an exception opens it', () => {
    const returned = realization('2.17.06.01', '2026Q2', 1, { status: 'RETURNED', deadline: '2026-07-15' });
    const realizations = [...done('2026Q1'), returned, ...done('2026Q3')];
    expect(firstPeriodNeedingWork({ ...base, realizations })).toBe('2026Q4');
    const exception: ReportingException = {
      regionCode: '61.01',
      period: '2026Q2',
      openUntil: '2026-12-05',
      reason: 'Banjir',
      grantedBy: 'admin',
      createdAt: '2026-11-20T00:00:00Z',
      updatedAt: '2026-11-20T00:00:00Z',
      version: 0,
    };
    expect(firstPeriodNeedingWork({ ...base, realizations, exceptions: [exception] })).toBe('2026Q2');
    // An administrator is never locked out.
    expect(firstPeriodNeedingWork({ ...base, realizations, role: 'ADMIN' })).toBe('2026Q2');
  });

  it('skips periods whose missing values can no longer be entered', () => {
    const realizations = [realization('2.17.06.01', '2026Q1', 1, { status: 'VERIFIED', deadline: '2026-04-15' }), ...done('2026Q2'), ...done('2026Q3')];
    expect(firstPeriodNeedingWork({ ...base, realizations })).toBe('2026Q4');
    expect(firstPeriodNeedingWork({ ...base, realizations, role: 'ADMIN' })).toBe('2026Q1');
  });

  it('is null when every period is complete', () => {
    const realizations = periods.flatMap((period) => done(period));
    expect(firstPeriodNeedingWork({ ...base, realizations })).toBeNull();
  });
});
