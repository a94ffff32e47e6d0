import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  binaryReason,
  decodeUtf8,
  fetchPage,
  kindOf,
  readInput,
} from '../../../src/node/import/read-input.ts';

const PAGE = '<!doctype html><html><body><p>Hello</p></body></html>';
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = req.url ?? '/';
    if (route === '/page')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    else if (route === '/latin1')
      res
        .writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' })
        .end(Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]));
    else if (route === '/redirect') res.writeHead(301, { location: '/page' }).end();
    else if (route === '/missing')
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    else if (route === '/error') res.writeHead(503).end();
    else if (route === '/pdf')
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    else if (route === '/huge') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('x'.repeat(5000));
    } else if (route === '/slow')
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE), 2000);
    else res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const options = { timeoutMs: 5000, maxBytes: 1024 * 1024 };

describe('fetchPage (a local server on 127.0.0.1)', () => {
  it('returns the page text and its final address after redirects', async () => {
    expect(await fetchPage(`${base}/redirect`, options)).toEqual({
      ok: true,
      kind: 'html',
      bytes: Buffer.from(PAGE),
      contentType: 'text/html; charset=utf-8',
      url: `${base}/page`,
    });
  });

  it("keeps the bytes and the server's content-type, for jsdom to decode as a browser does", async () => {
    expect(await fetchPage(`${base}/latin1`, options)).toMatchObject({
      bytes: Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]),
      contentType: 'text/html; charset=iso-8859-1',
    });
  });

  it.each([
    ['/missing', 'HTTP 404 Not Found (a 404 page: not an article)'],
    ['/error', 'HTTP 503 Service Unavailable'],
    ['/pdf', 'not a web page (content-type application/pdf)'],
  ])('%s: one-line reason', async (route, reason) => {
    expect(await fetchPage(`${base}${route}`, options)).toEqual({ ok: false, reason });
  });

  it('refuses a page over the size cap', async () => {
    expect(await fetchPage(`${base}/huge`, { timeoutMs: 5000, maxBytes: 1000 })).toEqual({
      ok: false,
      reason: 'too large (more than 0 MB)',
    });
  });

  it('gives up after the timeout', async () => {
    expect(await fetchPage(`${base}/slow`, { timeoutMs: 200, maxBytes: 1000 })).toEqual({
      ok: false,
      reason: 'network: no answer within 0.2 s',
    });
  });

  it('names a refused connection', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(await fetchPage(`http://127.0.0.1:${port}/`, options)).toEqual({
      ok: false,
      reason: 'network: the connection was refused',
    });
  });
});

describe('files', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'read-input-'));
  const file = (name: string, bytes: string | Uint8Array) => {
    const p = path.join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('reads a saved page, a text file and a Markdown file with their kinds', async () => {
    expect(await readInput(file('a.html', PAGE))).toEqual({
      ok: true,
      kind: 'html',
      bytes: Buffer.from(PAGE),
      contentType: null,
      url: null,
    });
    expect(await readInput(file('a.txt', 'words'))).toMatchObject({ ok: true, kind: 'text' });
    expect(await readInput(file('a.md', '# words'))).toMatchObject({ ok: true, kind: 'markdown' });
    expect(await readInput(file('saved', PAGE))).toMatchObject({ ok: true, kind: 'html' });
  });

  it.each([
    ['empty.html', '', 'empty: the file has no content'],
    ['blank.txt', ' \n\t\n', 'empty: the file holds only whitespace'],
    [
      'image.html',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]),
      'not text: it is a PNG image',
    ],
    ['nul.txt', new Uint8Array([0x61, 0x00, 0x62]), 'not text: it is a binary file (NUL bytes)'],
    ['bad.txt', new Uint8Array([0x61, 0xff, 0xfe, 0x62]), 'not text: it is not valid UTF-8'],
  ])('%s: one-line reason', async (name, bytes, reason) => {
    expect(await readInput(file(name, bytes))).toEqual({ ok: false, reason });
  });

  it('names a missing file and a folder', async () => {
    expect(await readInput(path.join(dir, 'nope.html'))).toEqual({
      ok: false,
      reason: 'no such file',
    });
    expect(await readInput(dir)).toEqual({
      ok: false,
      reason: 'a folder, not a file (name the pages inside it)',
    });
  });
});

describe('helpers', () => {
  it('decodes UTF-8 text and refuses anything else', () => {
    expect(decodeUtf8(new TextEncoder().encode('café'))).toBe('café');
    expect(decodeUtf8(new Uint8Array([0xe9]))).toBeNull();
  });

  it('tells binary from text and html from text', () => {
    expect(binaryReason(new TextEncoder().encode('%PDF-1.4'))).toBe('not text: it is a PDF');
    expect(binaryReason(new TextEncoder().encode('plain'))).toBeNull();
    expect(kindOf('page', '  <!DOCTYPE html><html>')).toBe('html');
    expect(kindOf('page', 'Just words <b>')).toBe('text');
  });
});
