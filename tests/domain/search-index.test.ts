/** The list of search buckets the browser reads: only bucket folders, or nothing. */
import { describe, expect, it } from 'vitest';
import { bucketFolder, parseBuckets } from '../../src/domain/search-index.ts';

describe('parseBuckets', () => {
  it('takes a list of bucket folders', () => {
    expect(parseBuckets([])).toEqual([]);
    expect(parseBuckets([bucketFolder(1), bucketFolder(12)])).toEqual(['1/', '12/']);
  });

  it('refuses anything else, so no other path is ever fetched', () => {
    for (const value of [null, {}, '1/', [1], ['0/'], ['1'], ['../x/'], ['https://x/'], ['1/', 2]])
      expect(parseBuckets(value)).toBeNull();
  });
});
