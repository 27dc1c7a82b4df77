import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isLoopbackHost, newToken, tokenMatches } from './security';

describe('web-mode request checks', () => {
  it('makes tokens of at least 128 bits', () => {
    const t = newToken();
    expect(Buffer.from(t, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(newToken()).not.toBe(t);
  });
  it('accepts only the exact bearer token', () => {
    const t = newToken();
    expect(tokenMatches(t, `Bearer ${t}`)).toBe(true);
    expect(tokenMatches(t, `Bearer ${t}x`)).toBe(false);
    expect(tokenMatches(t, `Bearer ${t.slice(0, -1)}`)).toBe(false);
    expect(tokenMatches(t, t)).toBe(false);
    expect(tokenMatches(t, undefined)).toBe(false);
    expect(tokenMatches(t, 'Bearer ')).toBe(false);
  });
  it('answers loopback hosts only (DNS rebinding)', () => {
    for (const h of ['127.0.0.1:4000', 'localhost:80', '[::1]:9', '127.0.0.1']) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ['evil.example:4000', '127.0.0.1.evil.example', '192.168.1.2:4000', '', undefined]) expect(isLoopbackHost(h)).toBe(false);
  });
  it('refuses a foreign Origin', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:4000')).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:4000', '127.0.0.1:4000')).toBe(true);
    expect(isAllowedOrigin('http://evil.example', '127.0.0.1:4000')).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:4001', '127.0.0.1:4000')).toBe(false);
  });
});
