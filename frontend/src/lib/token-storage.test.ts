import { describe, expect, it } from 'vitest';
import { clearToken, isTokenExpired, readToken, saveToken, sessionEnd } from './token-storage';

describe('token storage', () => {
  it('keeps the token in sessionStorage until cleared', () => {
    saveToken('abc', 60);
    expect(readToken()).toBe('abc');
    expect(sessionStorage.length).toBeGreaterThan(0);
    clearToken();
    expect(readToken()).toBeNull();
  });

  it('knows when the announced lifetime has passed', () => {
    saveToken('abc', 60, 1_000);
    expect(isTokenExpired(1_000 + 59_000)).toBe(false);
    expect(isTokenExpired(1_000 + 60_000)).toBe(true);
  });

  it('remembers how the session ended until the next sign-in', () => {
    expect(sessionEnd()).toBeNull();
    saveToken('abc', 60);
    clearToken('expired');
    expect(sessionEnd()).toBe('expired');
    saveToken('def', 60);
    expect(sessionEnd()).toBeNull();
    clearToken();
    expect(sessionEnd()).toBe('signed-out');
  });
});
