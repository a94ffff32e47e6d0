/** What the marks mean: each status has a symbol and a border pattern as well as a colour. */
export function Legend() {
  return (
    <details className="cmp-legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <span className="cmp-s cmp-identical">
            <span className="cmp-mark">=3</span> identical
          </span>
          : the same sentence in both versions (pair 3)
        </li>
        <li>
          <span className="cmp-s cmp-changed">
            <span className="cmp-mark">≠3</span> changed
          </span>
          : reworded; <del>removed</del> and <ins>added</ins> words are marked
        </li>
        <li>
          <span className="cmp-s cmp-changed cmp-moved">
            <span className="cmp-mark">↕3</span> moved
          </span>
          : the counterpart stands elsewhere in the other version
        </li>
        <li>
          <span className="cmp-s cmp-only">
            <span className="cmp-mark">+</span> only here
          </span>
          : no counterpart in the other version
        </li>
      </ul>
      <p>
        Hover, focus or click a sentence to see its counterpart. Keys: <kbd>n</kbd>/<kbd>j</kbd>{' '}
        next change, <kbd>p</kbd>/<kbd>k</kbd> previous.
      </p>
    </details>
  );
}
