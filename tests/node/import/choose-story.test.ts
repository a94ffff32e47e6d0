import { describe, expect, it } from 'vitest';
import { chooseStory, JOIN_THRESHOLD } from '../../../src/node/import/choose-story.ts';
import { AP, REWRITE } from '../../engine/seed-texts.ts';

const bridge = [
  'The harbour bridge will close to all traffic for six months from April while engineers replace corroded cables, the council said.',
  'About 38,000 vehicles cross the bridge each day, and buses will be diverted through the old town.',
];
const existing = [
  { id: 'ap', story: 'japan-vietnam', label: 'AP', paragraphs: AP.paragraphs },
  { id: 'herald', story: 'bridge', label: 'Herald', paragraphs: bridge },
];

describe('chooseStory', () => {
  it('joins the story of the most similar version when it reaches the threshold', () => {
    const { join } = chooseStory(REWRITE.paragraphs, existing);
    expect(join?.story).toBe('japan-vietnam');
    expect(join?.version).toBe('ap');
    expect(join?.similarity).toBeGreaterThanOrEqual(JOIN_THRESHOLD);
  });

  it('starts a new story when nothing is similar enough, still naming the closest', () => {
    const { join, closest } = chooseStory(
      ['A storm knocked out power to 40,000 homes across the north overnight.'],
      existing,
    );
    expect(join).toBeNull();
    expect(closest?.similarity).toBeLessThan(JOIN_THRESHOLD);
  });

  it('has nothing to join in an empty folder', () => {
    expect(chooseStory(bridge, [])).toEqual({ join: null, closest: null });
  });
});
