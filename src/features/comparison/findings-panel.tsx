import { memo } from 'react';
import type { Comparison, Finding } from '../../engine/types.ts';
import { findingAnchor } from './compare-model.ts';

const KIND_LABEL = { name: 'Name', number: 'Number', quote: 'Quote' } as const;

/** Every changed name, number and quote; choosing one selects it in both columns. */
export function FindingsPanel({
  comparison,
  selected,
  onSelect,
}: {
  comparison: Comparison;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  if (comparison.findings.length === 0) {
    return (
      <section className="cmp-findings" aria-labelledby="findings-title">
        <h2 id="findings-title">Findings</h2>
        <p>No names, numbers or quotes changed between the aligned sentences.</p>
      </section>
    );
  }
  return (
    <section className="cmp-findings" aria-labelledby="findings-title">
      <h2 id="findings-title">Findings ({comparison.findings.length})</h2>
      <ol>
        {comparison.findings.map((finding, index) => (
          <FindingItem
            key={index}
            finding={finding}
            id={findingAnchor(index)}
            current={selected === findingAnchor(index)}
            onSelect={onSelect}
          />
        ))}
      </ol>
    </section>
  );
}

/** One finding; memoised, so choosing another re-renders two items, not the whole list. */
const FindingItem = memo(function FindingItem({
  finding,
  id,
  current,
  onSelect,
}: {
  finding: Finding;
  id: string;
  current: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <li>
      <a
        href={`#${id}`}
        className={`cmp-finding cmp-finding-${finding.kind}`}
        aria-current={current ? 'true' : undefined}
        onClick={(event) => {
          event.preventDefault();
          onSelect(id);
        }}
      >
        <span className="cmp-finding-kind">{KIND_LABEL[finding.kind]}</span>{' '}
        <span className="cmp-finding-change">
          <FindingText kind={finding.kind} text={finding.left} />
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden"> became </span>
          <FindingText kind={finding.kind} text={finding.right} />
        </span>
        <span className="cmp-finding-pair"> (pair {finding.pair + 1})</span>
      </a>
    </li>
  );
});

/** A quotation already carries its quote marks; names and numbers get them for readability. */
function FindingText({ kind, text }: { kind: string; text: string | null }) {
  if (text === null) return <em>{kind === 'quote' ? 'no quote' : 'none'}</em>;
  return kind === 'quote' ? <span>{text}</span> : <q>{text}</q>;
}
