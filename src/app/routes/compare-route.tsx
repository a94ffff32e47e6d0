import { useParams } from 'react-router';
import { useArticle } from '../../store/content-store.ts';
import { NotFoundRoute } from './not-found-route.tsx';

// Placeholder until the comparison view lands (owned by the lead engineer).
export function CompareRoute() {
  const { leftId = '', rightId = '' } = useParams();
  const left = useArticle(leftId);
  const right = useArticle(rightId);
  if (!left || !right) return <NotFoundRoute what="One of the versions to compare does not exist." />;
  return (
    <section>
      <title>{`Compare · News Versions`}</title>
      <h1>
        {left.label} and {right.label}
      </h1>
    </section>
  );
}
