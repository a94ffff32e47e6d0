import type { TimelineStep } from '../../domain/story.ts';
import { percentText } from '../../engine/percent.ts';

const WIDTH = 320;
const HEIGHT = 72;
const PAD = 8;

/** Points of the drift line: x by position in the story, y by drift (0 at the top). */
export function driftPoints(steps: readonly TimelineStep[]): [number, number][] {
  const span = Math.max(1, steps.length - 1);
  return steps.map((step, i) => [
    PAD + ((WIDTH - 2 * PAD) * i) / span,
    PAD + (HEIGHT - 2 * PAD) * step.drift,
  ]);
}

/**
 * How far each version has drifted from the first, as a small line drawn from the build's
 * numbers (React SVG elements, no chart library). Decorative for screen readers: the timeline
 * below says the same in words.
 */
export function DriftChart({
  steps,
  labels,
}: {
  steps: readonly TimelineStep[];
  labels: string[];
}) {
  const points = driftPoints(steps);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  return (
    <figure className="drift-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Drift from the first version: ${steps.map((s, i) => `${labels[i] ?? ''} ${percentText(s.drift)}`).join(', ')}`}
      >
        <line className="drift-axis" x1={PAD} x2={WIDTH - PAD} y1={PAD} y2={PAD} />
        <line
          className="drift-axis"
          x1={PAD}
          x2={WIDTH - PAD}
          y1={HEIGHT - PAD}
          y2={HEIGHT - PAD}
        />
        <polyline className="drift-line" points={line} />
        {points.map(([x, y], i) => (
          <circle key={steps[i]?.id ?? i} className="drift-dot" cx={x} cy={y} r={3.5} />
        ))}
      </svg>
      <figcaption>
        Drift from the first version: top is the same text, bottom is nothing in common.
      </figcaption>
    </figure>
  );
}

/** One step's drift as a bar (0–100% of its width). */
export function DriftBar({ drift }: { drift: number }) {
  const width = Math.max(0, Math.min(1, drift)) * 100;
  return (
    <svg className="drift-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
      <rect className="drift-bar-track" x={0} y={0} width={100} height={6} />
      <rect className="drift-bar-fill" x={0} y={0} width={width} height={6} />
    </svg>
  );
}
