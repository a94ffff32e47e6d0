import { describe, expect, it } from 'vitest';
import {
  countChanges,
  countMinor,
  resolveSelection,
  stepIndex,
  visibleChanges,
} from '../../../src/features/comparison/change-list.ts';
import type { ChangeItem } from '../../../src/features/comparison/compare-model.ts';
import type { Pair } from '../../../src/engine/types.ts';

const item = (id: string, kinds: ChangeItem['kinds'], minor = false): ChangeItem => ({
  id,
  kind: kinds[0] ?? 'changed',
  kinds,
  left: [],
  right: [],
  pair: null,
  minor,
  summary: id,
});
const changes = [
  item('pair-1', ['changed'], true),
  item('finding-1', ['number']),
  item('pair-2', ['moved']),
  item('only-L3', ['left-only']),
  item('only-R1', ['right-only']),
];

describe('the changes next/previous walk', () => {
  it('with no filter: every change of text once, not the findings inside them', () => {
    expect(visibleChanges(changes, [], false).map((c) => c.id)).toEqual([
      'pair-1',
      'pair-2',
      'only-L3',
      'only-R1',
    ]);
  });
  it('with a filter: the changes of those kinds; quiet leaves out minor ones', () => {
    expect(visibleChanges(changes, ['number', 'changed'], false).map((c) => c.id)).toEqual([
      'pair-1',
      'finding-1',
    ]);
    expect(visibleChanges(changes, [], true).map((c) => c.id)).toEqual([
      'pair-2',
      'only-L3',
      'only-R1',
    ]);
  });
  it('counts each kind; the kinds of text add up to the total, and minor ones are counted apart', () => {
    const counts = countChanges(changes, false);
    expect(counts).toMatchObject({
      changed: 1,
      moved: 1,
      'left-only': 1,
      'right-only': 1,
      number: 1,
    });
    expect(counts.changed + counts.moved + counts['left-only'] + counts['right-only']).toBe(
      visibleChanges(changes, [], false).length,
    );
    expect(countChanges(changes, true).changed).toBe(0);
    expect(countMinor(changes)).toBe(1);
  });
  it('steps forward and back, wrapping, from nothing selected to the first or last', () => {
    expect(stepIndex(-1, 1, 4)).toBe(0);
    expect(stepIndex(-1, -1, 4)).toBe(3);
    expect(stepIndex(3, 1, 4)).toBe(0);
    expect(stepIndex(0, -1, 4)).toBe(3);
    expect(stepIndex(-1, 1, 0)).toBe(-1);
  });
  it('resolves a hash to its change, an unchanged pair to that pair, anything else to nothing', () => {
    const pairs = [{ left: ['L0'], right: ['R0'] }] as unknown as Pair[];
    const byId = new Map(changes.map((c) => [c.id, c]));
    expect(resolveSelection('only-L3', byId, pairs)?.kinds).toEqual(['left-only']);
    expect(resolveSelection('pair-1', new Map(), pairs)).toMatchObject({ pair: 0, left: ['L0'] });
    expect(resolveSelection('pair-9', new Map(), pairs)).toBeNull();
    expect(resolveSelection('<script>', byId, pairs)).toBeNull();
    expect(resolveSelection(null, byId, pairs)).toBeNull();
  });
});
