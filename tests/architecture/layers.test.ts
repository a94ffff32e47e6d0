/**
 * The layers are a lint rule, not a habit: these imports must be rejected by `npm run lint`.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}`);
}

describe('layer rules', () => {
  it('a feature may not import another feature', async () => {
    expect(
      await ruleIds(
        'src/features/comparison/x.tsx',
        "import { ArticleBody } from '../reading/article-body.tsx';\nexport const x = ArticleBody;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('browser code may not import the Node-side build', async () => {
    expect(
      await ruleIds(
        'src/app/x.ts',
        "import { loadContent } from '../node/content/load-content.ts';\nexport const x = loadContent;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it("react-router's Link is not imported; the app's own is", async () => {
    const code = (from: string) => `import { Link } from '${from}';\nexport const x = Link;\n`;
    expect(await ruleIds('src/features/story/x.tsx', code('react-router'))).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('src/features/story/x.tsx', code('../../shared/link.tsx'))).toEqual([]);
  });

  it('browser code may not import a parser', async () => {
    expect(
      await ruleIds('src/store/x.ts', "import { parse } from 'yaml';\nexport const x = parse;\n"),
    ).toContain('no-restricted-imports');
  });

  it('the comparison engine may not import React or the store', async () => {
    expect(
      await ruleIds(
        'src/engine/x.ts',
        "import { useState } from 'react';\nexport const x = useState;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/engine/x.ts',
        "import { useContentStore } from '../store/content-store.ts';\nexport const x = useContentStore;\n",
      ),
    ).toContain('no-restricted-imports');
  });

  it('browser code may import the schema only as types', async () => {
    expect(
      await ruleIds(
        'src/features/reading/x.ts',
        "import { frontmatterSchema } from '../../domain/article-schema.ts';\nexport const x = frontmatterSchema;\n",
      ),
    ).toContain('no-restricted-imports');
    expect(
      await ruleIds(
        'src/features/reading/x.ts',
        "import type { Frontmatter } from '../../domain/article-schema.ts';\nexport type X = Frontmatter;\n",
      ),
    ).toEqual([]);
  });

  it('a feature may import its own files and the layers below it', async () => {
    expect(
      await ruleIds(
        'src/features/reading/x.tsx',
        "import { ArticleBody } from './article-body.tsx';\nimport { paths } from '../../shared/paths.ts';\nimport { useArticle } from '../../store/content-store.ts';\nexport const x = [ArticleBody, paths, useArticle];\n",
      ),
    ).toEqual([]);
  });

  it('the app shell may compose features', async () => {
    expect(
      await ruleIds(
        'src/app/x.tsx',
        "import { StoryList } from '../features/reading/story-list.tsx';\nexport const x = StoryList;\n",
      ),
    ).toEqual([]);
  });
});
