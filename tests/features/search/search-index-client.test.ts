/**
 * The browser's search over an index the build's writer made: the files are served from memory
 * as a host would, and the test checks what a reader's query finds and what it fetches.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SEARCH_DIR } from '../../../src/domain/search-index.ts';
import { searchWords } from '../../../src/domain/search-words.ts';
import { openSearchIndex } from '../../../src/features/search/search-index-client.ts';
import { SearchIndexWriter } from '../../../src/node/search/index-writer.ts';

const ARTICLES: [string, string][] = [
  ['tokyo-talks', 'Kishi met Giang in Tokyo for cyber defense talks'],
  ['cyber-pact', 'Japan and Vietnam sign a cybersecurity pact; cybersecurity first'],
  ['fishing', 'Chinese vessels near the Senkaku islands, fishing boats threatened'],
  ['kishi-alone', 'Kishi said nothing more'],
];

let files: Map<string, string>;
let fetched: string[];

beforeEach(async () => {
  files = new Map();
  fetched = [];
  // Small words files, so a query has several to choose from.
  const writer = new SearchIndexWriter((file, text) => void files.set(file, text), {
    spillAt: 5,
    fileChars: 60,
  });
  for (const [id, text] of ARTICLES) {
    const counts = new Map<string, number>();
    const words = searchWords(text);
    for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
    await writer.add(id, counts, words.length);
  }
  await writer.finish();
  vi.stubGlobal('fetch', (url: string) => {
    const file = url.slice(url.indexOf(`/${SEARCH_DIR}/`) + SEARCH_DIR.length + 2);
    fetched.push(file);
    const text = files.get(file);
    return Promise.resolve(new Response(text ?? 'not found', { status: text ? 200 : 404 }));
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function search(query: string) {
  const index = await openSearchIndex();
  const found = await index.find(query);
  return { ids: await index.ids(found.ranked), words: [...found.words].sort() };
}

describe('openSearchIndex', () => {
  it('finds the articles with every word, in any case or accent', async () => {
    expect((await search('KISHI')).ids.sort()).toEqual(['kishi-alone', 'tokyo-talks']);
    expect((await search('kishi tokyo')).ids).toEqual(['tokyo-talks']);
    expect((await search('Sénkaku')).ids).toEqual(['fishing']);
    expect((await search('kishi senkaku')).ids).toEqual([]);
    expect((await search('  ')).ids).toEqual([]);
  });

  it('lets the last word be the start of longer ones, and says which words matched', async () => {
    const found = await search('cyber');
    expect(found.ids).toEqual(['tokyo-talks', 'cyber-pact']);
    expect(found.words).toEqual(['cyber', 'cybersecurity']);
    // Not the words before the last: "cyb" alone is no word.
    expect((await search('cyb japan')).ids).toEqual([]);
  });

  it('fetches the table once, then only the files a query needs', async () => {
    const index = await openSearchIndex();
    await index.find('vessels');
    const words = fetched.filter((file) => file.startsWith('words/'));
    expect(fetched[0]).toBe('index.json');
    expect(words).toHaveLength(1);
    expect(words.length).toBeLessThan(files.size - 2);
    await index.find('vessels');
    expect(fetched.filter((file) => file.startsWith('words/'))).toEqual(words);
  });

  it('rejects, naming the file, when the index is missing or of another format', async () => {
    files.delete('index.json');
    await expect(openSearchIndex()).rejects.toThrow(`${SEARCH_DIR}/index.json: HTTP 404`);
    files.set('index.json', JSON.stringify({ format: 99, articles: 1, first: [] }));
    await expect(openSearchIndex()).rejects.toThrow('not a search index this page reads');
  });
});
