/**
 * Word diff inside an aligned pair, shaped for reading: Myers' diff (myers.ts, jsdiff's algorithm)
 * finds the runs over words (each word or punctuation mark carrying the whitespace after it, so
 * the sequence is half as long as jsdiff's word-and-space tokens and the diff about four times
 * cheaper; each token numbered by its text without that whitespace); then a space or
 * punctuation-and-space left alone between two changes is folded into them, so a highlight
 * covers "defense cooperation" rather than "defense" and "cooperation" with a gap between.
 * The parts always rebuild both texts exactly: whitespace that differs is its own change.
 */
import { DELETE, diffNumbers, INSERT } from './myers.ts';
import type { DiffPart } from './types.ts';

/** Equal runs this small between two changes read better as part of the change. */
const GLUE = /^[\s,.;:’'"“”-]{0,3}$/u;
/**
 * GLUE's characters are all in the BMP, so a match is at most 3 code units long: the length is
 * checked first, and the long equal runs most pairs have never reach the regular expression.
 */
const isGlue = (text: string) => text.length <= 3 && GLUE.test(text);

export function wordDiff(left: string, right: string): DiffPart[] {
  if (left === right) return left ? [{ op: 'equal', text: left }] : [];
  const raw = tokenDiff(left, right);
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  let lastChange = -1;
  raw.forEach((part, i) => {
    if (part.op !== 'equal') lastChange = i;
  });
  raw.forEach((part, i) => {
    if (part.op === 'delete') del += part.text;
    else if (part.op === 'insert') ins += part.text;
    else if ((del || ins) && isGlue(part.text) && i < lastChange && raw[i + 1]?.op !== 'equal') {
      del += part.text;
      ins += part.text;
    } else {
      flush();
      const last = out[out.length - 1];
      if (last?.op === 'equal') last.text += part.text;
      else out.push({ ...part });
    }
  });
  flush();
  return out;
}

/** A word, or one punctuation mark, with the whitespace after it; leading whitespace alone. */
const TOKEN = /^\s+|(?:[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}])\s*/gu;

const tokens = (text: string) => text.match(TOKEN) ?? [];

/** Runs of the diff of two texts' tokens, compared without their trailing whitespace. */
function tokenDiff(left: string, right: string): DiffPart[] {
  const a = tokens(left);
  const b = tokens(right);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.op === op) last.text += text;
    else out.push({ op, text });
  };
  // Tokens are equal when their words are: each is numbered by its text without the whitespace.
  const numbers = new Map<string, number>();
  const number = (token: string) => {
    const word = token.trimEnd();
    let id = numbers.get(word);
    if (id === undefined) numbers.set(word, (id = numbers.size));
    return id;
  };
  let i = 0;
  let j = 0;
  for (const { op, count } of diffNumbers(a.map(number), b.map(number))) {
    if (op === DELETE) {
      push('delete', a.slice(i, i + count).join(''));
      i += count;
    } else if (op === INSERT) {
      push('insert', b.slice(j, j + count).join(''));
      j += count;
    } else {
      for (let k = 0; k < count; k++, i++, j++) {
        const x = a[i] ?? '';
        const y = b[j] ?? '';
        if (x === y) {
          push('equal', x);
          continue;
        }
        const word = x.trimEnd();
        push('equal', word);
        const xs = x.slice(word.length);
        const ys = y.slice(word.length);
        if (xs === ys) push('equal', xs);
        else {
          push('delete', xs);
          push('insert', ys);
        }
      }
    }
  }
  return shareTrailingSpace(out);
}

/**
 * A replacement whose two sides end in the same whitespace keeps that whitespace as unchanged
 * text, so "[-transfer-]{+relocation+} of" highlights the words, not the space after them.
 */
function shareTrailingSpace(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const del = parts[i];
    const ins = parts[i + 1];
    const space = del && ins ? /\s+$/u.exec(del.text)?.[0] : undefined;
    if (
      del?.op === 'delete' &&
      ins?.op === 'insert' &&
      space &&
      ins.text.endsWith(space) &&
      del.text.length > space.length &&
      ins.text.length > space.length
    ) {
      out.push({ op: 'delete', text: del.text.slice(0, -space.length) });
      out.push({ op: 'insert', text: ins.text.slice(0, -space.length) });
      const next = parts[i + 2];
      if (next?.op === 'equal') {
        out.push({ op: 'equal', text: space + next.text });
        i += 2;
      } else {
        out.push({ op: 'equal', text: space });
        i += 1;
      }
    } else if (del) out.push(del);
  }
  return out;
}
