import { ApiError } from '@/lib/errors';

export const PASSWORD_CHANGE_REQUIRED = 'urn:monev:problem:password-change-required';
export const LAST_ADMINISTRATOR = 'urn:monev:problem:last-administrator';
export const USERNAME_TAKEN = 'urn:monev:problem:username-taken';

export function problemType(error: unknown): string | undefined {
  return error instanceof ApiError ? error.problem.type : undefined;
}

/** The messages of a validation problem for one field. */
export function fieldMessages(error: unknown, field: string): string[] {
  if (!(error instanceof ApiError)) return [];
  return (error.problem.errors ?? [])
    .filter((e) => e.field === field && e.message)
    .map((e) => e.message as string);
}
