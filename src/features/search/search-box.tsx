import './search.css';
import { lazy, Suspense, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { paths } from '../../shared/paths.ts';

// The results and the search index load only once the reader starts searching (focus or typing).
const SearchPanel = lazy(() => import('./search-panel.tsx'));

/**
 * The search box in every page's header. Without JavaScript it is a plain form that opens the
 * search page; with it, results appear under it as the reader types and Enter opens the search
 * page with every result.
 */
export function SearchBox() {
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    close();
    void navigate(paths.search.to(query.trim()));
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  return (
    <form
      role="search"
      aria-label="Site"
      className="search-box screen-only"
      action={paths.search.to()}
      method="get"
      onSubmit={submit}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) close();
      }}
    >
      <label htmlFor="site-search" className="visually-hidden">
        Search stories
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search"
        autoComplete="off"
        value={query}
        aria-controls={open ? 'search-panel' : undefined}
        onFocus={() => setOpen(true)}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
        }}
      />
      {open && (
        <Suspense fallback={null}>
          <SearchPanel query={query} onPick={close} />
        </Suspense>
      )}
    </form>
  );
}
