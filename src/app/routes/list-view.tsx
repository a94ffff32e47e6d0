import { useLocation } from 'react-router';
import { ArchiveNav } from '../../features/story/archive-nav.tsx';
import { GroupIndex } from '../../features/story/group-index.tsx';
import { Pager } from '../../features/story/pager.tsx';
import { StoryList } from '../../features/reading/story-list.tsx';
import type { GroupIndexPayload, ListRef, StoryListPayload } from '../../domain/listing.ts';
import { listPath } from '../../shared/paths.ts';
import { useListPage } from '../../store/content-store.ts';
import { firstPageKey, type ListAddress } from './list-address.ts';
import { listNotFound } from './list-not-found.ts';
import { notFound } from './not-found.ts';

/**
 * One page of a list, as the build cut it (src/domain/listing.ts): home's stories, a tag's,
 * a publisher's or a month's, or an index of tags, publishers or months; with where it sits
 * ("Page 2 of 57") and the links either side. A page the list does not have is not found.
 */
export function ListView({ address }: { address: ListAddress }) {
  // Suspends until the page has loaded; with no page number, the first page (for the message).
  const payload = useListPage(address.key ?? firstPageKey(address.ref));
  if (!address.key || !payload) return <ListNotFound address={address} />;
  return payload.type === 'stories' ? (
    <StoriesPage payload={payload} />
  ) : (
    <IndexPage payload={payload} />
  );
}

const KIND_WORDS = { tag: 'tags', publisher: 'publishers', month: 'months' } as const;

function heading(ref: ListRef, name: string): string {
  if (ref.kind === 'home') return 'Stories';
  if (ref.kind === 'tag') return `Stories tagged “${name}”`;
  if (ref.kind === 'publisher') return `Stories from ${name}`;
  if (ref.kind === 'month') return `Stories of ${name}`;
  if (ref.kind !== 'index') return name;
  const words = KIND_WORDS[ref.of];
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function Head({
  title,
  page,
  pages,
  where,
}: {
  title: string;
  page: number;
  pages: number;
  where: string;
}) {
  return (
    <>
      <title>{`${title}${pages > 1 ? `, page ${page} of ${pages}` : ''} · News Versions`}</title>
      <h1 className="page-title">{title}</h1>
      <p className="list-where">
        {where}
        {pages > 1 && ` · Page ${page} of ${pages}`}
      </p>
    </>
  );
}

function StoriesPage({ payload }: { payload: StoryListPayload }) {
  const { ref, name, page, pages, total } = payload;
  const title = heading(ref, name);
  return (
    <>
      <Head title={title} page={page} pages={pages} where={count(total, 'story', 'stories')} />
      {ref.kind === 'home' && <ArchiveNav />}
      <StoryList storyIds={payload.index.stories.map((s) => s.id)} />
      <Pager
        page={page}
        pages={pages}
        hrefOf={(n) => listPath(ref, n)}
        label={`Pages of ${title.charAt(0).toLowerCase()}${title.slice(1)}`}
      />
    </>
  );
}

function IndexPage({ payload }: { payload: GroupIndexPayload }) {
  const ref: ListRef = { kind: 'index', of: payload.of };
  const title = heading(ref, '');
  const words = KIND_WORDS[payload.of];
  return (
    <>
      <Head
        title={title}
        page={payload.page}
        pages={payload.pages}
        where={count(payload.total, payload.of, words)}
      />
      <GroupIndex kind={payload.of} groups={payload.groups} />
      <Pager
        page={payload.page}
        pages={payload.pages}
        hrefOf={(n) => listPath(ref, n)}
        label={`Pages of ${words}`}
      />
    </>
  );
}

function ListNotFound({ address }: { address: ListAddress }) {
  const { pathname } = useLocation();
  const first = useListPage(firstPageKey(address.ref));
  const url = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  const known = first && {
    pages: first.pages,
    ...(first.type === 'stories' ? { name: first.name } : {}),
  };
  return <notFound.Component problem={listNotFound(url, address.ref, address.pageText, known)} />;
}
