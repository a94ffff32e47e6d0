import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Link } from '../../shared/link.tsx';
import type { ArticleSummary } from '../../domain/article.ts';
import { paths } from '../../shared/paths.ts';

/** Above this many versions the table of every pair gets too wide to read; the form stays. */
const MAX_TABLE = 10;

/**
 * Compare any two versions: two selects and a button, and under them a table of every ordered
 * pair as links, which also works with scripts off.
 */
export function ComparePicker({ versions }: { versions: readonly ArticleSummary[] }) {
  const navigate = useNavigate();
  const [left, setLeft] = useState(versions[0]?.id ?? '');
  const [right, setRight] = useState(versions.at(-1)?.id ?? '');
  const same = left === right;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!same) void navigate(paths.compare.to(left, right));
  };
  const options = versions.map((v, i) => (
    <option key={v.id} value={v.id}>
      {i + 1}. {v.label}
    </option>
  ));
  return (
    <section className="compare-picker" aria-labelledby="compare-picker-title">
      <h2 id="compare-picker-title">Compare any two versions</h2>
      <form onSubmit={submit} className="picker-form">
        <label>
          <span>From</span>
          <select value={left} onChange={(e) => setLeft(e.target.value)}>
            {options}
          </select>
        </label>
        <label>
          <span>To</span>
          <select value={right} onChange={(e) => setRight(e.target.value)}>
            {options}
          </select>
        </label>
        <button type="submit" disabled={same}>
          Compare
        </button>
        {same && <p className="picker-hint">Choose two different versions.</p>}
      </form>
      {versions.length <= MAX_TABLE && (
        <details className="pair-table">
          <summary>Every pair of versions</summary>
          <table>
            <caption>Rows: from; columns: to.</caption>
            <thead>
              <tr>
                <td />
                {versions.map((v, i) => (
                  <th key={v.id} scope="col" title={v.label}>
                    {i + 1}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {versions.map((from, i) => (
                <tr key={from.id}>
                  <th scope="row">
                    {i + 1}. {from.label}
                  </th>
                  {versions.map((to, j) => (
                    <td key={to.id}>
                      {i === j ? (
                        <span aria-hidden="true">·</span>
                      ) : (
                        <Link
                          to={paths.compare.to(from.id, to.id)}
                          aria-label={`${from.label} with ${to.label}`}
                        >
                          {i + 1}→{j + 1}
                        </Link>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </section>
  );
}
