import { describe, expect, it } from 'vitest';
import { dropMetaLines } from '../../../src/node/import/meta-lines.ts';

const TEXT = 'Ferries to the three outer islands will run twice as often from June to September.';

describe('dropMetaLines', () => {
  it('drops the leading byline, day and reading-time lines the fields state', () => {
    expect(
      dropMetaLines(`By Rosa Delgado\n\n30 May 2024\n\n${TEXT}`, 'Rosa Delgado', '2024-05-30'),
    ).toBe(TEXT);
    expect(dropMetaLines(`Hannah Okoye · 18 April 2023\n\n${TEXT}`, 'Hannah Okoye', null)).toBe(
      TEXT,
    );
    expect(dropMetaLines(`6 min read · Jul 21, 2021\n\n${TEXT}`, null, null)).toBe(TEXT);
  });

  it('keeps a heading above them, and everything from the first line of text on', () => {
    expect(
      dropMetaLines(
        `## Ferries\n\nBy Rosa Delgado\n\n${TEXT}\n\nBy Rosa Delgado`,
        'Rosa Delgado',
        null,
      ),
    ).toBe(`## Ferries\n\n${TEXT}\n\nBy Rosa Delgado`);
  });

  it('keeps a short sentence that names the author, and a day that is not the stated one', () => {
    const said = 'Rosa Delgado, who sails daily, said the new timetable is welcome.';
    expect(dropMetaLines(`${said}\n\n${TEXT}`, 'Rosa Delgado', null)).toBe(`${said}\n\n${TEXT}`);
    expect(dropMetaLines(`29 May 2024\n\n${TEXT}`, null, '2024-05-30')).toBe(
      `29 May 2024\n\n${TEXT}`,
    );
  });
});
