import { describe, expect, it } from 'vitest';
import { capitalize, possessive, versionName } from '../../src/engine/version-name.ts';

describe('versionName and possessive', () => {
  it('puts "the" before a descriptive label, not before a one-word proper name', () => {
    expect(versionName('AP original', 'left')).toBe('the AP original');
    expect(versionName('Reuters', 'left')).toBe('Reuters');
    expect(versionName('The Guardian copy', 'right')).toBe('The Guardian copy');
    expect(versionName(null, 'right')).toBe('the right version');
    expect(versionName('  ', 'left')).toBe('the left version');
  });

  it('writes the possessive English writes', () => {
    expect(possessive('the AP original')).toBe('the AP original’s');
    expect(possessive('Reuters')).toBe('Reuters’');
  });
});

describe('capitalize', () => {
  it('upper-cases the first letter only, for a sentence that starts with a version’s name', () => {
    expect(capitalize('the AP original keeps 8')).toBe('The AP original keeps 8');
    expect(capitalize('“11th” became “11NS”')).toBe('“11th” became “11NS”');
    expect(capitalize('')).toBe('');
  });
});
