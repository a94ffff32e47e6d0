/**
 * Writes the search index (its format: src/domain/search-index.ts) in memory that does not grow
 * with the archive: articles are added one at a time, in the order that numbers them; their
 * words are inverted into postings until SPILL_POSTINGS are held, then written out as a sorted
 * run in a temporary folder; at the end the runs are merged word by word into the words files.
 * This is the textbook external-memory index build (sort-based inversion); Pagefind, which it
 * replaces, held every page of an index at once (docs/archive.md, round eleven).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import {
  ARTICLES_PER_FILE,
  articlesFile,
  postingsLine,
  SEARCH_FORMAT,
  TABLE_FILE,
  wordsFile,
  type SearchTable,
} from '../../domain/search-index.ts';

/** Postings held before a run is written out (about 40 MB of heap at most). */
export const SPILL_POSTINGS = 1_000_000;

/** A words file is cut after about this many characters (a word with more stands alone). */
export const WORDS_FILE_CHARS = 32 * 1024;

/** BM25's usual constants: how fast a repeated word saturates, and how much length counts. */
const K1 = 1.2;
const B = 0.75;

/** Where the writer puts each file (relative to the index's folder). */
export type WriteFile = (file: string, text: string) => void | Promise<void>;

export interface SearchIndexFigures {
  articles: number;
  words: number;
  wordsFiles: number;
  runs: number;
}

/** One run's reader: its lines in order, one word at a time. */
interface Run {
  lines: AsyncIterator<string>;
  word: string;
  items: string;
}

async function nextLine(run: Run): Promise<boolean> {
  const next = await run.lines.next();
  if (next.done) return false;
  const tab = next.value.indexOf('\t');
  run.word = next.value.slice(0, tab);
  run.items = next.value.slice(tab + 1);
  return true;
}

export class SearchIndexWriter {
  private held = new Map<string, number[]>();
  private heldPostings = 0;
  private lengths = new Uint32Array(1024);
  private count = 0;
  private ids: string[] = [];
  private runs: string[] = [];
  /** Where the runs are written: a temporary folder of its own, removed at the end. */
  readonly runsFolder = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  private readonly write: WriteFile;
  private readonly spillAt: number;
  private readonly fileChars: number;

  /** `spillAt` postings held before a run is written, words files of `fileChars` (tests: small). */
  constructor(
    write: WriteFile,
    {
      spillAt = SPILL_POSTINGS,
      fileChars = WORDS_FILE_CHARS,
    }: { spillAt?: number; fileChars?: number } = {},
  ) {
    this.write = write;
    this.spillAt = spillAt;
    this.fileChars = fileChars;
  }

  /**
   * Adds the next article: its id, each word with how often it counts, and its length in words.
   * Numbers are given in the order of the calls.
   */
  async add(id: string, counts: ReadonlyMap<string, number>, length: number): Promise<void> {
    const n = this.count++;
    if (n === this.lengths.length) {
      const grown = new Uint32Array(this.lengths.length * 2);
      grown.set(this.lengths);
      this.lengths = grown;
    }
    this.lengths[n] = length;
    for (const [word, tf] of counts) {
      const list = this.held.get(word);
      if (list) list.push(n, tf);
      else this.held.set(word, [n, tf]);
    }
    this.heldPostings += counts.size;
    this.ids.push(id);
    if (this.ids.length === ARTICLES_PER_FILE) await this.flushIds();
    if (this.heldPostings >= this.spillAt) await this.spill();
  }

  private async flushIds(): Promise<void> {
    if (this.ids.length === 0) return;
    const first = this.count - this.ids.length;
    const text = `${this.ids.join('\n')}\n`;
    this.ids = [];
    await this.write(articlesFile(first), text);
  }

  /** Writes the postings held as a run sorted by word, and lets them go. */
  private async spill(): Promise<void> {
    if (this.held.size === 0) return;
    const file = path.join(this.runsFolder, `${this.runs.length}.run`);
    const words = [...this.held.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const out = createWriteStream(file);
    for (const word of words) {
      const line = `${word}\t${(this.held.get(word) ?? []).join(',')}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    this.runs.push(file);
    this.held = new Map();
    this.heldPostings = 0;
  }

  /** Merges the runs into the words files and writes the table. Removes its temporary folder. */
  async finish(): Promise<SearchIndexFigures> {
    try {
      await this.flushIds();
      await this.spill();
      const articles = this.count;
      let total = 0;
      for (let i = 0; i < articles; i++) total += this.lengths[i] ?? 0;
      const average = articles > 0 ? Math.max(1, total / articles) : 1;
      const weight = (tf: number, length: number) =>
        Math.max(
          1,
          Math.round((100 * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * length) / average))),
        );

      const first: string[] = [];
      let file = '';
      let words = 0;
      const flush = async () => {
        if (file === '') return;
        await this.write(wordsFile(first.length - 1), file);
        file = '';
      };
      const emit = async (word: string, items: string[]) => {
        const numbers: number[] = [];
        const weights: number[] = [];
        for (const part of items)
          for (let i = 0, list = part.split(','); i + 1 < list.length; i += 2) {
            const n = Number(list[i]);
            numbers.push(n);
            weights.push(weight(Number(list[i + 1]), this.lengths[n] ?? 0));
          }
        const line = `${postingsLine(word, numbers, weights)}\n`;
        if (file !== '' && file.length + line.length > this.fileChars) await flush();
        if (file === '') first.push(word);
        file += line;
        words++;
      };

      const runs: Run[] = [];
      for (const name of this.runs) {
        const lines = createInterface({ input: createReadStream(name), crlfDelay: Infinity });
        const run: Run = { lines: lines[Symbol.asyncIterator](), word: '', items: '' };
        if (await nextLine(run)) runs.push(run);
      }
      // Runs hold articles in number order (each run after the one before), so a word's postings
      // are its runs' items in run order.
      while (runs.length > 0) {
        let word = runs[0]?.word ?? '';
        for (const run of runs) if (run.word < word) word = run.word;
        const items: string[] = [];
        for (let i = 0; i < runs.length;) {
          const run = runs[i];
          if (run && run.word === word) {
            items.push(run.items);
            if (!(await nextLine(run))) {
              runs.splice(i, 1);
              continue;
            }
          }
          i++;
        }
        await emit(word, items);
      }
      await flush();
      const table: SearchTable = { format: SEARCH_FORMAT, articles, first };
      await this.write(TABLE_FILE, JSON.stringify(table));
      return { articles, words, wordsFiles: first.length, runs: this.runs.length };
    } finally {
      rmSync(this.runsFolder, { recursive: true, force: true });
    }
  }

  /** Gives up without writing the rest (a build that failed): removes the temporary folder. */
  discard(): void {
    rmSync(this.runsFolder, { recursive: true, force: true });
  }
}
