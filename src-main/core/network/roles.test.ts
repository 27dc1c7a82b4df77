import { describe, expect, it } from 'vitest';
import { roleKind } from './roles';

describe('roleKind', () => {
  it('reads the kind from general role words', () => {
    expect(roleKind(["the country's ambassador to Peru"]).kind).toBe('diplomat');
    expect(roleKind(['the foreign minister']).kind).toBe('official');
    expect(roleKind(['a retired brigadier general in the army']).kind).toBe('military');
    expect(roleKind(['a professor at the university']).kind).toBe('commentator');
    expect(roleKind(['a correspondent for the newspaper']).kind).toBe('journalist');
    expect(roleKind(['one activist based in the city']).kind).toBe('activist');
  });
  it('counts words over all roles and keeps the role that weighed most', () => {
    const r = roleKind(['a friend of the president', 'former colonel and army commander']);
    expect(r).toEqual({ kind: 'military', role: 'former colonel and army commander' });
  });
  it('does not take a civil "general" for a soldier', () => {
    expect(roleKind(['UN Secretary General']).kind).toBe('official');
    expect(roleKind(['the Attorney-General']).kind).toBe('official');
  });
  it('breaks ties by the documented order and falls back to other', () => {
    expect(roleKind(['military attache at the embassy']).kind).toBe('diplomat');
    expect(roleKind([]).kind).toBe('other');
    expect(roleKind(['her husband']).kind).toBe('other');
    expect(roleKind(['her husband']).role).toBeNull();
  });
});
