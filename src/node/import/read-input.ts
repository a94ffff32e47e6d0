/**
 * One command-line input (a file path or an http(s) URL) to its text and kind, or a one-line
 * reason it cannot be imported: missing, empty, binary, not a web page, a network failure, a
 * status other than 200, too large. A web page stays bytes: jsdom decodes it the way a browser
 * does (a BOM, the server's charset, `<meta charset>`), where Node's own decoders get legacy
 * charsets such as windows-1252 wrong. Text and Markdown files are UTF-8.
 */
import { readFile, stat } from 'node:fs/promises';

export type InputKind = 'html' | 'markdown' | 'text';

export type ReadInput =
  | {
      ok: true;
      kind: 'html';
      bytes: Uint8Array;
      /** The server's content-type (its charset wins over the page's), if fetched. */
      contentType: string | null;
      url: string | null;
    }
  | { ok: true; kind: 'markdown' | 'text'; text: string }
  | { ok: false; reason: string };

export interface FetchOptions {
  /** Milliseconds before a request is given up. */
  timeoutMs: number;
  /** Bytes a page may have; anything larger is refused. */
  maxBytes: number;
}

export const DEFAULT_FETCH: FetchOptions = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** Magic numbers of formats people save by mistake, named in the reason. */
const SIGNATURES: [string, number[]][] = [
  ['a PDF', [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a ZIP archive (or a Word or EPUB file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

export const isUrl = (input: string) => /^https?:\/\//i.test(input);

/** Why bytes are not text, or null when they are. */
export function binaryReason(bytes: Uint8Array): string | null {
  for (const [name, magic] of SIGNATURES)
    if (magic.every((b, i) => bytes[i] === b)) return `not text: it is ${name}`;
  if (bytes.subarray(0, 8192).includes(0)) return 'not text: it is a binary file (NUL bytes)';
  return null;
}

/** Bytes to UTF-8 text; null when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** A file's kind from its name, else from what it holds. */
export function kindOf(name: string, text: string): InputKind {
  if (/\.(?:html?|xhtml|shtml)$/i.test(name)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'markdown';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*(?:<!doctype html|<html[\s>])/i.test(text) ? 'html' : 'text';
}

/** Why bytes cannot be imported at all, or null. */
function unusable(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty: the file has no content';
  const binary = binaryReason(bytes);
  if (binary) return binary;
  // Whitespace in any ASCII-compatible charset is these bytes.
  if (bytes.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d)))
    return 'empty: the file holds only whitespace';
  return null;
}

export async function readLocalFile(file: string): Promise<ReadInput> {
  let bytes: Uint8Array;
  try {
    if ((await stat(file)).isDirectory())
      return { ok: false, reason: 'a folder, not a file (name the pages inside it)' };
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      reason: code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? 'unknown error'})`,
    };
  }
  const reason = unusable(bytes);
  if (reason) return { ok: false, reason };
  const kind = kindOf(file, new TextDecoder('latin1').decode(bytes.subarray(0, 1024)));
  if (kind === 'html') return { ok: true, kind, bytes, contentType: null, url: null };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, reason: 'not text: it is not valid UTF-8' };
  return { ok: true, kind, text };
}

/** The body of a response, refusing more than `max` bytes as they arrive. */
async function readCapped(response: Response, max: number): Promise<Uint8Array | null> {
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > max) return null;
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const describeNetworkError = (error: unknown, options: FetchOptions): string => {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return `network: no answer within ${options.timeoutMs / 1000} s`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const known: Record<string, string> = {
    ENOTFOUND: 'the host name does not exist',
    EAI_AGAIN: 'the host name could not be looked up',
    ECONNREFUSED: 'the connection was refused',
    ECONNRESET: 'the connection was reset',
    ETIMEDOUT: 'the connection timed out',
    CERT_HAS_EXPIRED: 'the certificate has expired',
    UND_ERR_SOCKET: 'the server closed the connection',
  };
  return `network: ${known[code] ?? cause?.message ?? (error instanceof Error ? error.message : String(error))}`;
};

export async function fetchPage(url: string, options = DEFAULT_FETCH): Promise<ReadInput> {
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(options.timeoutMs),
      redirect: 'follow',
      headers: {
        accept: 'text/html,application/xhtml+xml;q=0.9',
        'user-agent':
          'news-versions-import/1 (+https://www.npmjs.com/package/@mozilla/readability)',
      },
    });
  } catch (error) {
    return { ok: false, reason: describeNetworkError(error, options) };
  }
  if (response.status !== 200) {
    await response.body?.cancel().catch(() => undefined);
    const what = response.status === 404 ? ' (a 404 page: not an article)' : '';
    return {
      ok: false,
      reason: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${what}`,
    };
  }
  const type = response.headers.get('content-type') ?? '';
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!HTML_TYPES.has(mime)) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: `not a web page (content-type ${mime || 'missing'})` };
  }
  let bytes: Uint8Array | null;
  try {
    bytes = await readCapped(response, options.maxBytes);
  } catch (error) {
    return { ok: false, reason: describeNetworkError(error, options) };
  }
  if (!bytes)
    return {
      ok: false,
      reason: `too large (more than ${Math.round(options.maxBytes / 1024 / 1024)} MB)`,
    };
  const reason = unusable(bytes);
  if (reason) return { ok: false, reason };
  return { ok: true, kind: 'html', bytes, contentType: type, url: response.url || url };
}

/** Read one input: a URL through `fetch`, anything else as a file path. */
export function readInput(input: string, options = DEFAULT_FETCH): Promise<ReadInput> {
  return isUrl(input) ? fetchPage(input, options) : readLocalFile(input);
}
