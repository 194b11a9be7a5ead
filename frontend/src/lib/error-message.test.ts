import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { errorMessage } from './error-message';
import { ApiError, NetworkError } from './errors';

describe('errorMessage', () => {
  const t = i18n.t.bind(i18n);

  it('explains an unreachable server without technical words', () => {
    expect(errorMessage(new NetworkError(), t)).toMatch(/^Tidak dapat terhubung ke server/);
  });

  it('prefers the detail of a problem, then its title', () => {
    expect(errorMessage(new ApiError(409, { title: 'Conflict', detail: 'Kode sudah dipakai' }), t)).toBe(
      'Kode sudah dipakai',
    );
    expect(errorMessage(new ApiError(403, { title: 'Forbidden' }), t)).toBe('Forbidden');
  });

  it('falls back to a translated sentence when the problem is empty', () => {
    expect(errorMessage(new ApiError(500, {}), t)).toBe('Terjadi kesalahan pada server. Silakan coba lagi nanti.');
  });
});
