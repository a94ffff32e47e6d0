import { useId } from 'react';
import type { Comparison } from '../../engine/types.ts';
import type { CompareModel } from './compare-model.ts';

const percent = (value: number) => `${Math.round(value * 100)}%`;

/** Overall similarity (with its definition on hover or focus) and what changed, counted. */
export function SummaryBar({ comparison, model }: { comparison: Comparison; model: CompareModel }) {
  const tipId = useId();
  const count = (kind: string) =>
    model.changes.filter((c) => c.kinds.includes(kind as never)).length;
  const identical = comparison.pairs.filter((p) => p.kind === 'identical' && !p.moved).length;
  const findings = { name: count('name'), number: count('number'), quote: count('quote') };
  return (
    <section className="cmp-summary" aria-label="Summary of the differences">
      <p className="cmp-similarity">
        <span className="cmp-similarity-value">{percent(comparison.stats.similarity)}</span>{' '}
        <span className="cmp-tip-anchor" tabIndex={0} aria-describedby={tipId}>
          similar
          <span className="cmp-tip" role="tooltip" id={tipId}>
            How much the two versions say alike: each aligned pair’s similarity (shared content
            words, rare words weighing more), weighted by its words, over all words of both
            versions. Sentences only one version has count as 0.
          </span>
        </span>
      </p>
      <dl className="cmp-counts">
        <Count label="identical" value={identical} />
        <Count label="changed" value={count('changed')} />
        <Count label="moved" value={count('moved')} />
        <Count label={`only in ${model.left.label ?? 'left'}`} value={count('left-only')} />
        <Count label={`only in ${model.right.label ?? 'right'}`} value={count('right-only')} />
        <Count label={findings.name === 1 ? 'name' : 'names'} value={findings.name} />
        <Count label={findings.number === 1 ? 'number' : 'numbers'} value={findings.number} />
        <Count label={findings.quote === 1 ? 'quote' : 'quotes'} value={findings.quote} />
      </dl>
    </section>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="cmp-count">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
