/** The one visible line that says what each mark means. */
export function KeyLine() {
  return (
    <p className="cmp-key screen-only" aria-label="What the marks mean">
      <span className="cmp-key-item cmp-key-bar">sentence changed</span>
      <span className="cmp-key-item">
        <mark className="cmp-key-tint">changed words</mark>
      </span>
      <span className="cmp-key-item cmp-key-only">only in one version</span>
      <span className="cmp-key-item">↕ moved</span>
      <span className="cmp-key-item">
        <mark className="cmp-shared">name or number</mark> kept in a rewrite
      </span>
      <span className="cmp-key-item cmp-key-selected">selected</span>
      <span className="cmp-key-keys">
        <kbd>n</kbd>/<kbd>p</kbd> next, previous
      </span>
    </p>
  );
}
