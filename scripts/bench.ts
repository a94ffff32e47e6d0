/**
 * `npm run bench [-- section …]`: benchmarks that print figures and write them to
 * docs/benchmarks.md. Nothing here is a test; nothing asserts a time. With no section named, all run.
 */
import { recordSection } from './bench-report.ts';
import { runCompareUiBench } from './bench-compare-ui.ts';
import { runEngineBench } from './bench-engine.ts';
import { runLighthouseBench } from './bench-lighthouse.ts';
import { runMarkdownBench } from './bench-markdown.ts';
import { runPagesBench } from './bench-pages.ts';
import { runRouteBench } from './bench-routes.ts';
import { runScaleBench } from './bench-scale.ts';
import { runSearchBench } from './bench-search.ts';

const SECTIONS: Record<string, () => Promise<void>> = {
  engine: runEngineBench,
  markdown: runMarkdownBench,
  'comparison-ui': runCompareUiBench,
  routes: runRouteBench,
  search: runSearchBench,
  pages: () => runPagesBench(),
  lighthouse: runLighthouseBench,
  scale: runScaleBench,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in SECTIONS));
if (unknown.length > 0) {
  for (const name of unknown)
    console.error(`bench: no section "${name}" (sections: ${Object.keys(SECTIONS).join(', ')})`);
  process.exit(2);
}
for (const [name, run] of Object.entries(SECTIONS))
  if (asked.length === 0 || asked.includes(name)) await recordSection(name, run);
