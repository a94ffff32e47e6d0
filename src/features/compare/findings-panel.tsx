import type { Comparison } from '../../compare/types.ts';
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
        {comparison.findings.map((finding, index) => {
          const id = findingAnchor(index);
          return (
            <li key={id}>
              <a
                href={`#${id}`}
                className={`cmp-finding cmp-finding-${finding.kind}`}
                aria-current={selected === id ? 'true' : undefined}
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
        })}
      </ol>
    </section>
  );
}

/** A quotation already carries its quote marks; names and numbers get them for readability. */
function FindingText({ kind, text }: { kind: string; text: string | null }) {
  if (text === null) return <em>{kind === 'quote' ? 'no quote' : 'none'}</em>;
  return kind === 'quote' ? <span>{text}</span> : <q>{text}</q>;
}
