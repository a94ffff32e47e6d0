import type { SentenceView } from './compare-model.ts';

/** The word a screen reader hears, and the margin symbol a sighted reader sees, for a sentence. */
export function statusWords(
  sentence: SentenceView,
  otherLabel: string,
): { word: string; symbol: string } {
  if (sentence.status === 'only')
    return { word: `Only in this version, not in ${otherLabel}`, symbol: '+' };
  const number = (sentence.pair ?? 0) + 1;
  const moved = sentence.moved ? ' and moved' : '';
  if (sentence.status === 'identical')
    return { word: `Identical${moved}, pair ${number}`, symbol: sentence.moved ? '↕' : '=' };
  return { word: `Changed${moved}, pair ${number}`, symbol: sentence.moved ? '↕' : '≠' };
}
