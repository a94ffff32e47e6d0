/**
 * `npm run bench`: benchmarks that print figures. Nothing here is a test; nothing asserts a time.
 */
import { runCompareUiBench } from './bench-compare-ui.ts';
import { runEngineBench } from './bench-engine.ts';

await runEngineBench();
await runCompareUiBench();
