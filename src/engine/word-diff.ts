/**
 * Word diff inside an aligned pair, shaped for reading: jsdiff finds the runs; then a space or
 * punctuation-and-space left alone between two changes is folded into them, so a highlight
 * covers "defense cooperation" rather than "defense" and "cooperation" with a gap between.
 */
import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './types.ts';

/** Equal runs this small between two changes read better as part of the change. */
const GLUE = /^[\s,.;:’'"“”-]{0,3}$/u;

export function wordDiff(left: string, right: string): DiffPart[] {
  if (left === right) return left ? [{ op: 'equal', text: left }] : [];
  const raw: DiffPart[] = diffWordsWithSpace(left, right).map((c) => ({
    op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
    text: c.value,
  }));
  const out: DiffPart[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = '';
    ins = '';
  };
  raw.forEach((part, i) => {
    if (part.op === 'delete') del += part.text;
    else if (part.op === 'insert') ins += part.text;
    else if (
      (del || ins) &&
      GLUE.test(part.text) &&
      raw.slice(i + 1).some((p) => p.op !== 'equal') &&
      raw[i + 1]?.op !== 'equal'
    ) {
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
