import type { Article } from '../../domain/article.ts';

/**
 * The caption of a photo the site does not show: one short line with the credit, opened for the
 * whole caption. A long caption never pushes the story off the first screen of a phone.
 */
export function PhotoCaption({ photo }: { photo: NonNullable<Article['photo']> }) {
  return (
    <figure className="photo">
      <figcaption>
        <details>
          <summary>
            <span className="photo-caption">{photo.caption}</span>
          </summary>
        </details>
        {photo.credit && <span className="credit">Photo: {photo.credit}</span>}
      </figcaption>
    </figure>
  );
}
