import type { GroupKind } from './listing.ts';

/**
 * The kinds of group a story can be listed under, in their order on the page. A module of its
 * own so the router's table of list addresses costs no route the listing code.
 */
export const GROUP_KINDS: readonly GroupKind[] = ['tag', 'publisher', 'month'];
