/**
 * A block type is one folder: register a throwaway type from tests/fixtures/blocks/tally/ beside
 * the course's own, and see it validated, rendered, exported and printed by the registry's
 * machinery, the same functions the course's registries are built with.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { completeness } from '../../src/blocks/completeness';
import { blockSchemasOf } from '../../src/blocks/define';
import { editors } from '../../src/blocks/editors';
import { PrintBlock, prints, type PrintModule } from '../../src/blocks/print';
import { blockTypes } from '../../src/blocks/schemas';
import type { BlockType } from '../../src/blocks/types';
import { valueModules } from '../../src/blocks/values';
import { views } from '../../src/blocks/views';
import { viewToMarkdown, viewWith } from '../../src/blocks/answer-view';
import * as tally from '../fixtures/blocks/tally';

const { worksheet } = blockSchemasOf({ ...blockTypes, tally: tally.schema });
const viewAnswer = viewWith({ ...valueModules, tally: tally.value }, { ...views, tally: tally.view });
const printRegistry = { ...prints, tally: tally.print } as unknown as Record<string, PrintModule<BlockType>>;

const tallyBlock = { type: 'tally', id: 'meetings', label: 'How many meetings did the team hold?', unit: 'meetings', max: 5 };

describe('a block type registered from one folder', () => {
  it('is validated: the worksheet schema accepts it beside the course types, with defaults, and rejects a bad one', () => {
    const parsed = worksheet.parse([{ type: 'text', id: 'why', label: 'Why?' }, tallyBlock]);
    expect(parsed[1]).toMatchObject({ type: 'tally', required: false, private: false, max: 5 });
    expect(worksheet.parse([{ ...tallyBlock, max: undefined }])[0]).toMatchObject({ max: 20 });
    const missing = worksheet.safeParse([{ type: 'tally', id: 'meetings', label: 'Count' }]);
    expect(missing.success).toBe(false);
    expect(JSON.stringify(missing.error?.issues)).toContain('unit');
    const badId = worksheet.safeParse([{ ...tallyBlock, id: 'Not An Id' }]);
    expect(badId.success).toBe(false);
    // Its cross-check runs with the worksheet's, and duplicate ids are caught across types.
    const tooMany = worksheet.safeParse([{ ...tallyBlock, max: 500 }]);
    expect(tooMany.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['0.max', 'a tally counts to 100 at most']]);
    const twice = worksheet.safeParse([tallyBlock, { type: 'text', id: 'meetings', label: 'Again' }]);
    expect(twice.error?.issues[0]?.message).toBe('duplicate block id "meetings"');
  });

  it('reads its answers, migrating the earlier shape, and knows when it is answered', () => {
    expect(tally.value.value.safeParse(3).success).toBe(true);
    expect(tally.value.value.safeParse(-1).success).toBe(false);
    expect(tally.value.value.safeParse('3').success).toBe(false);
    expect(tally.value.migrate('3')).toBe(3);
    expect(tally.isAnswered(0)).toBe(false);
    expect(tally.isAnswered(2)).toBe(true);
    expect(tally.isAnswered('garbage')).toBe(false);
  });

  it('is rendered: its editor gives server HTML with the label, the Required tag and a field', () => {
    const block = worksheet.parse([{ ...tallyBlock, required: true }])[0] as ReturnType<typeof tally.schema.schema.parse>;
    const html = renderToStaticMarkup(createElement(tally.Editor, { block, value: 2, onChange: () => {}, htmlId: 'ws-t' }));
    expect(html).toContain('data-type="tally"');
    expect(html).toContain('How many meetings did the team hold?');
    expect(html).toMatch(/<span class="tag">(<span class="visually-hidden">\(<\/span>)?Required(<span class="visually-hidden">\)<\/span>)?<\/span>/);
    expect(html).toMatch(/<input type="number" id="ws-t-count"[^>]*value="2"/);
  });

  it('is exported: its read-only view turns into Markdown, and an old stored shape still exports', () => {
    const block = worksheet.parse([tallyBlock])[0]!;
    expect(viewAnswer(block, { v: 4, at: 1 })).toEqual([{ kind: 'table', head: ['Counted', 'How many'], rows: [['meetings', '4']] }]);
    expect(viewAnswer(block, { v: '4', at: 1 }).map(viewToMarkdown)).toEqual(['| Counted | How many |\n| --- | --- |\n| meetings | 4 |']);
    expect(viewAnswer(block, { v: { wrong: true }, at: 1 })).toEqual([]);
    expect(viewAnswer(block, undefined)).toEqual([]);
  });

  it('is printed: a blank form with its number, label and boxes to tick', () => {
    const block = worksheet.parse([{ ...tallyBlock, help: 'Count every meeting, however short.' }])[0]!;
    const html = renderToStaticMarkup(createElement(PrintBlock, { block: block as never, number: 3, registry: printRegistry }));
    expect(html).toContain('<section class="ho-block" aria-labelledby="block-meetings" data-type="tally">');
    expect(html).toContain('<span class="ho-number">3.</span>');
    expect(html).toContain('Count every meeting, however short.');
    expect(html.match(/class="ho-box"/g)).toHaveLength(5);
    expect(() => renderToStaticMarkup(createElement(PrintBlock, { block: { ...block, type: 'nonesuch' } as never, number: 1 }))).toThrow(/No print form/);
  });
});

describe('the course registries', () => {
  // Every piece but the authoring schema is found by folder: a type listed in schemas.ts whose
  // folder lacks one of those files fails here, named.
  it('give every block type every piece, and no piece without a type', () => {
    const types = Object.keys(blockTypes).sort();
    const pieces = { 'value.ts': valueModules, 'complete.ts': completeness, 'view.ts': views, 'Print.tsx': prints, 'Editor.tsx': editors };
    for (const [file, registry] of Object.entries(pieces)) {
      expect(Object.keys(registry).sort(), `block types with src/blocks/<type>/${file}`).toEqual(types);
      for (const [type, piece] of Object.entries(registry)) expect(piece, `src/blocks/${type}/${file}`).toBeTruthy();
    }
  });

  // The answer types come from the schema.ts re-exports (values.ts), the answers read from value.ts.
  it("type each answer with the schema it is read with: each schema.ts re-exports its own folder's value", () => {
    for (const [type, m] of Object.entries(blockTypes)) expect(m.value, `src/blocks/${type}/schema.ts`).toBe(valueModules[type as BlockType].value);
  });
});
