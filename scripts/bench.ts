/**
 * `npm run bench`: benchmarks that print figures. Nothing here is a test; nothing asserts a time.
 */
import { runCompareUiBench } from './bench-compare-ui.ts';
import { runEngineBench } from './bench-engine.ts';
import { runLighthouseBench } from './bench-lighthouse.ts';
import { runRouteBench } from './bench-routes.ts';
import { runSearchBench } from './bench-search.ts';

await runEngineBench();
await runCompareUiBench();
await runRouteBench();
await runSearchBench();
await runLighthouseBench();
