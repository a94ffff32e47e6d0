import './list-pages.css';
import { Link } from '../../shared/link.tsx';
import { byYear, type GroupEntry, type GroupKind } from '../../domain/listing.ts';
import { groupPathsOf } from '../../shared/paths.ts';

/** One page of the index of every tag, publisher or month, each with its count of stories;
 * months under their year. */
export function GroupIndex({ kind, groups }: { kind: GroupKind; groups: readonly GroupEntry[] }) {
  if (groups.length === 0) return <p className="empty">None yet.</p>;
  if (kind !== 'month') return <Entries kind={kind} groups={groups} />;
  return (
    <>
      {byYear(groups).map(({ year, months }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="group-year">
          <h2 id={`year-${year}`}>{year}</h2>
          <Entries kind={kind} groups={months} />
        </section>
      ))}
    </>
  );
}

const stories = (count: number) =>
  count === 1 ? '1 story' : `${count.toLocaleString('en-US')} stories`;

function Entries({ kind, groups }: { kind: GroupKind; groups: readonly GroupEntry[] }) {
  const { group } = groupPathsOf(kind);
  return (
    <ul className="group-index">
      {groups.map((entry) => (
        <li key={entry.slug}>
          <Link to={group.to(entry.slug)}>{entry.name}</Link>{' '}
          <span className="group-count">{stories(entry.count)}</span>
        </li>
      ))}
    </ul>
  );
}
