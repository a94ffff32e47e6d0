/**
 * The versions' labels as English names them in running text ("the AP original", "Reuters’"),
 * shared by the engine's finding descriptions and the comparison's verdict sentence. Pure.
 */

export interface Labels {
  left: string | null;
  right: string | null;
}

/**
 * A version's label as a noun phrase: "the AP original", "Reuters" (a one-word proper name
 * stands alone), "the left version" when the version has no label.
 */
export function versionName(label: string | null, side: 'left' | 'right'): string {
  if (label === null || label.trim() === '') return `the ${side} version`;
  if (/^(?:the|a|an)\s/iu.test(label)) return label;
  if (/^\p{Lu}\S*$/u.test(label)) return label;
  return `the ${label}`;
}

/** "the AP original’s", "Reuters’s" is not what English writes: "Reuters’". */
export function possessive(name: string): string {
  return /s$/u.test(name) ? `${name}’` : `${name}’s`;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
