/**
 * The site manifest's table (site-sync.ts) off the JavaScript heap: for each file of the site, its
 * key, size and modification time, in fixed-size byte chunks, found through an open-addressing
 * index of typed arrays. As a plain object it cost about 2 KB of heap a story (10.5 files, each a
 * path, a 64-digit key and a slot), and with V8's headroom twice that at the build's peak
 * (docs/archive.md, round eight). Here a file costs its path's bytes, 32 bytes of key, 16 of size
 * and time and about 24 of index, none of it on the heap.
 *
 * A key of 64 lowercase hex digits (every key the build makes, a SHA-256) is held as its 32 bytes;
 * any other (tests) in a side map, as are a list page's lists (a few hundred pages).
 */

export interface FileEntry {
  key: string;
  size: number;
  mtimeMs: number;
  lists?: string[];
}

/** Bytes of each chunk of records. */
const CHUNK = 1 << 20;
/** A record: path length (4), path (n), hex flag (1), key (32), size (8), time (8). */
const FIXED = 4 + 1 + 32 + 8 + 8;
const HEX = /^[0-9a-f]{64}$/;

/** FNV-1a over the path's UTF-16 code units. */
function hashPath(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class FileTable {
  #chunks: Buffer[] = [];
  /** Bytes used in each chunk. */
  #ends: number[] = [];
  /** Each slot: a record's reference + 1 (chunk × 2³² + offset), 0 when empty. */
  #slots = new Float64Array(1024);
  #hashes = new Uint32Array(1024);
  #count = 0;
  #odd = new Map<string, string>();
  #lists = new Map<string, string[]>();
  #scratch = Buffer.allocUnsafe(1024);

  get size(): number {
    return this.#count;
  }

  /** Encodes `path` into the scratch buffer: its length in bytes. */
  #encode(path: string): number {
    const n = Buffer.byteLength(path);
    if (n > this.#scratch.length) this.#scratch = Buffer.allocUnsafe(n * 2);
    this.#scratch.write(path, 0);
    return n;
  }

  /** The slot of the path in the scratch buffer (`n` bytes): its record's, or an empty one. */
  #slotOf(hash: number, n: number): number {
    const mask = this.#slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const ref = this.#slots[i] as number;
      if (ref === 0) return i;
      if (this.#hashes[i] !== hash) continue;
      const [chunk, at] = this.#record(ref - 1);
      if (
        chunk.readUInt32LE(at) === n &&
        chunk.compare(this.#scratch, 0, n, at + 4, at + 4 + n) === 0
      )
        return i;
    }
  }

  #record(ref: number): [Buffer, number] {
    return [this.#chunks[Math.floor(ref / 2 ** 32)] as Buffer, ref % 2 ** 32];
  }

  #append(n: number): number {
    const need = FIXED + n;
    let last = this.#chunks.length - 1;
    if (last < 0 || (this.#ends[last] as number) + need > (this.#chunks[last] as Buffer).length) {
      this.#chunks.push(Buffer.alloc(Math.max(CHUNK, need)));
      this.#ends.push(0);
      last++;
    }
    const chunk = this.#chunks[last] as Buffer;
    const at = this.#ends[last] as number;
    chunk.writeUInt32LE(n, at);
    this.#scratch.copy(chunk, at + 4, 0, n);
    this.#ends[last] = at + need;
    return last * 2 ** 32 + at;
  }

  #grow(): void {
    const slots = new Float64Array(this.#slots.length * 2);
    const hashes = new Uint32Array(slots.length);
    const mask = slots.length - 1;
    for (let i = 0; i < this.#slots.length; i++) {
      const ref = this.#slots[i] as number;
      if (ref === 0) continue;
      const hash = this.#hashes[i] as number;
      let j = hash & mask;
      while (slots[j] !== 0) j = (j + 1) & mask;
      slots[j] = ref;
      hashes[j] = hash;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }

  /** Records `path` (in place if it is there already: the order is that of first records). */
  set(path: string, entry: FileEntry): void {
    const hash = hashPath(path);
    const n = this.#encode(path);
    const slot = this.#slotOf(hash, n);
    let ref = (this.#slots[slot] as number) - 1;
    if (ref < 0) {
      ref = this.#append(n);
      this.#slots[slot] = ref + 1;
      this.#hashes[slot] = hash;
      if (++this.#count * 2 > this.#slots.length) this.#grow();
    }
    const [chunk, start] = this.#record(ref);
    const at = start + 4 + n;
    const hex = HEX.test(entry.key);
    chunk[at] = hex ? 1 : 0;
    if (hex) {
      chunk.write(entry.key, at + 1, 32, 'hex');
      this.#odd.delete(path);
    } else this.#odd.set(path, entry.key);
    chunk.writeDoubleLE(entry.size, at + 33);
    chunk.writeDoubleLE(entry.mtimeMs, at + 41);
    if (entry.lists) this.#lists.set(path, [...entry.lists]);
    else this.#lists.delete(path);
  }

  #ref(path: string): number {
    const n = this.#encode(path);
    return (this.#slots[this.#slotOf(hashPath(path), n)] as number) - 1;
  }

  has(path: string): boolean {
    return this.#ref(path) >= 0;
  }

  #entry(path: string, chunk: Buffer, at: number): FileEntry {
    const key = chunk[at] === 1 ? chunk.toString('hex', at + 1, at + 33) : this.#odd.get(path);
    const lists = this.#lists.get(path);
    return {
      key: key ?? '',
      size: chunk.readDoubleLE(at + 33),
      mtimeMs: chunk.readDoubleLE(at + 41),
      ...(lists ? { lists } : {}),
    };
  }

  get(path: string): FileEntry | undefined {
    const ref = this.#ref(path);
    if (ref < 0) return undefined;
    const [chunk, start] = this.#record(ref);
    return this.#entry(path, chunk, start + 4 + chunk.readUInt32LE(start));
  }

  /** Every path and entry, in the order first recorded. */
  *entries(): Generator<[string, FileEntry]> {
    for (let c = 0; c < this.#chunks.length; c++) {
      const chunk = this.#chunks[c] as Buffer;
      const end = this.#ends[c] as number;
      for (let at = 0; at < end;) {
        const n = chunk.readUInt32LE(at);
        const path = chunk.toString('utf8', at + 4, at + 4 + n);
        yield [path, this.#entry(path, chunk, at + 4 + n)];
        at += FIXED + n;
      }
    }
  }

  /** Every path, in the order first recorded. */
  *paths(): Generator<string> {
    for (const [path] of this.entries()) yield path;
  }
}
