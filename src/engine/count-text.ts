/**
 * A count as readers write it, with thousands separated: "4,200 sentences", never "4200". One
 * formatter for the verdict, the problem report, the Markdown limits and search, in English like
 * the rest of the interface.
 */
const COUNT = new Intl.NumberFormat('en');

export const countText = (n: number): string => COUNT.format(n);
