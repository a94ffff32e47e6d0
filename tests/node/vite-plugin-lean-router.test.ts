import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stripDisplayNames } from '../../src/node/vite-plugin-lean-router.ts';

const PRODUCTION = 'node_modules/react-router/dist/production';

describe("react-router's DevTools names, dropped from its production build", () => {
  it('removes a top-level displayName tag and nothing else', () => {
    const code = [
      'var Form = React10.forwardRef(function FormImpl() {});',
      'Form.displayName = "Form";',
      'function f() {',
      '  inner.displayName = "kept, not top level";',
      '}',
      'label = "Form.displayName = \\"Form\\";";',
    ].join('\n');
    expect(stripDisplayNames(code).split('\n')).toEqual([
      'var Form = React10.forwardRef(function FormImpl() {});',
      '',
      'function f() {',
      '  inner.displayName = "kept, not top level";',
      '}',
      'label = "Form.displayName = \\"Form\\";";',
    ]);
  });

  it('finds the tags in the installed react-router, so an upgrade that changes them shows', () => {
    const files = readdirSync(PRODUCTION).filter((f) => f.endsWith('.mjs'));
    const code = files.map((f) => readFileSync(`${PRODUCTION}/${f}`, 'utf8')).join('\n');
    const stripped = stripDisplayNames(code);
    expect(code).toMatch(/^Form\.displayName = "Form";$/m);
    expect(stripped).not.toMatch(/^[\w$]+\.displayName = /m);
    expect(stripped.length).toBeLessThan(code.length);
  });
});
