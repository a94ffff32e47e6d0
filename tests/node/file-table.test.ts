/**
 * The site manifest's table off the heap: every file found again with its key, size, time and
 * lists, in the order first recorded, however many and whatever their names.
 */
import { expect, it } from 'vitest';
import { FileTable } from '../../src/node/file-table.ts';

const hex = (i: number) => i.toString(16).padStart(64, 'a');

it('finds every file with what was recorded, in the order first recorded', () => {
  const table = new FileTable();
  const names = Array.from({ length: 5000 }, (_, i) => `articles/story-${i}-é/index.html`);
  names.forEach((name, i) => table.set(name, { key: hex(i), size: i, mtimeMs: i + 0.25 }));
  table.set(names[7] as string, { key: 'not hex', size: 1, mtimeMs: 2, lists: ['home/1'] });
  expect(table.size).toBe(5000);
  expect(table.get(names[7] as string)).toEqual({
    key: 'not hex',
    size: 1,
    mtimeMs: 2,
    lists: ['home/1'],
  });
  expect(table.get(names[4999] as string)).toEqual({
    key: hex(4999),
    size: 4999,
    mtimeMs: 4999.25,
  });
  expect(table.has('articles/story-5000-é/index.html')).toBe(false);
  expect(table.get('articles/story-1-e/index.html')).toBeUndefined();
  expect([...table.paths()]).toEqual(names);
  // Recorded again: the new key (as hex again) replaces the side entry, in the same place.
  table.set(names[7] as string, { key: hex(1), size: 3, mtimeMs: 4 });
  expect(table.get(names[7] as string)).toEqual({ key: hex(1), size: 3, mtimeMs: 4 });
  expect([...table.entries()][7]).toEqual([names[7], { key: hex(1), size: 3, mtimeMs: 4 }]);
});

it('holds a key that only looks like hex as it was given', () => {
  const table = new FileTable();
  const upper = 'A'.repeat(64);
  table.set('x', { key: upper, size: 0, mtimeMs: 0 });
  expect(table.get('x')?.key).toBe(upper);
});
