/**
 * Every content schema (src/content.config.ts) and worksheet block schema (src/blocks/schemas.ts)
 * accepts the course's real content files and rejects each kind of mistake an author can make,
 * naming the field. Each mistake is one change to a real, valid entry, so a rejection is caused
 * by that change and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { collections } from '../../src/content.config';
import { block, worksheet } from '../../src/blocks/schemas';

type Entry = Record<string, unknown>;
const clone = <T>(x: T): T => structuredClone(x);

function frontmatter(dir: string): [string, Entry][] {
  return readdirSync(join('content', dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const m = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join('content', dir, f), 'utf8'));
      if (!m?.[1]) throw new Error(`content/${dir}/${f} has no frontmatter`);
      return [`${dir}/${f}`, parse(m[1]) as Entry];
    });
}
const yamlList = (file: string): [string, Entry][] =>
  (parse(readFileSync(join('content', file), 'utf8')) as Entry[]).map((e) => [`${file}#${String(e['id'])}`, e]);
const yamlFiles = (dir: string): [string, Entry][] =>
  readdirSync(join('content', dir)).map((f) => [`${dir}/${f}`, parse(readFileSync(join('content', dir, f), 'utf8')) as Entry]);

const schemaOf = (name: keyof typeof collections) => collections[name].schema as unknown as ZodType;

/** Paths of the issues zod raised, as "a.b.0.c"; an unrecognised key is named by its own path. */
function issuePaths(schema: ZodType, value: unknown): string[] {
  const r = schema.safeParse(value);
  if (r.success) return [];
  return r.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' ? i.keys.map((k) => [...i.path, k].join('.')) : [i.path.join('.')]));
}

/** A mistake: what it does to a valid entry, and the field the error must name. */
type Mistake = [name: string, field: string, mutate: (e: Entry) => void];
const at = (e: Entry, path: (string | number)[]): Entry => path.reduce<Entry>((o, k) => (o as Record<string | number, Entry>)[k] as Entry, e);

const cases: { name: keyof typeof collections; entries: () => [string, Entry][]; pick?: (e: Entry) => boolean; mistakes: Mistake[] }[] = [
  {
    name: 'sections',
    entries: () => frontmatter('sections'),
    mistakes: [
      ['a misspelt field', 'titel', (e) => void (e['titel'] = 'x')],
      ['a number past the report', 'number', (e) => void (e['number'] = 9)],
      ['a page range in words', 'pages', (e) => void (e['pages'] = 'eleven')],
      ['a summary too short to stop after', 'summary', (e) => void (e['summary'] = 'Short.')],
      ['one reflection prompt', 'reflection', (e) => void (e['reflection'] = (e['reflection'] as unknown[]).slice(0, 1))],
      ['a prompt id with spaces', 'reflection.0.id', (e) => void (at(e, ['reflection', 0])['id'] = 'Two Words')],
      ['a missing title', 'title', (e) => void delete e['title']],
    ],
  },
  {
    name: 'activities',
    entries: () => frontmatter('activities'),
    mistakes: [
      ['a misspelt field', 'keyconcept', (e) => void (e['keyconcept'] = 'x')],
      ['activity 14', 'number', (e) => void (e['number'] = 14)],
      ['a page outside the activities', 'reportPage', (e) => void (e['reportPage'] = 44)],
      ['no grouping', 'grouping', (e) => void (e['grouping'] = [])],
      ['an unknown grouping', 'grouping.0', (e) => void (e['grouping'] = ['trios'])],
      ['a worksheet block of unknown type', 'worksheet.0.type', (e) => void (at(e, ['worksheet', 0])['type'] = 'essay')],
      ['two blocks with one id', 'worksheet.1.id', (e) => void (at(e, ['worksheet', 1])['id'] = at(e, ['worksheet', 0])['id'])],
      [
        'a one-step facilitator guide',
        'facilitator.steps',
        (e) => void (at(e, ['facilitator'])['steps'] = (at(e, ['facilitator', 'steps']) as unknown as unknown[]).slice(0, 1)),
      ],
      ['no 90-minute plan', 'facilitator.adapt.90', (e) => void delete at(e, ['facilitator', 'adapt'])['90']],
    ],
  },
  {
    name: 'readings',
    entries: () => frontmatter('readings'),
    mistakes: [
      ['four key ideas', 'keyIdeas', (e) => void (e['keyIdeas'] = (e['keyIdeas'] as unknown[]).slice(0, 4))],
      ['a connection to a lesson kind that does not exist', 'connections.0.to', (e) => void (at(e, ['connections', 0])['to'] = 'lesson/overview')],
      ['two questions', 'questions', (e) => void (e['questions'] = (e['questions'] as unknown[]).slice(0, 2))],
      ['a year as a number', 'year', (e) => void (e['year'] = 2019)],
    ],
  },
  {
    name: 'resources',
    entries: () => yamlList('resources.yaml'),
    mistakes: [
      ['an unknown kind', 'kind', (e) => void (e['kind'] = 'podcast')],
      ['a javascript: address', 'url', (e) => void (e['url'] = 'javascript:alert(1)')],
      ['an ftp address', 'url', (e) => void (e['url'] = 'ftp://example.org/file')],
      ['an unknown status', 'status', (e) => void (e['status'] = 'gone')],
      ['an id with capitals', 'id', (e) => void (e['id'] = 'SamTracker')],
    ],
  },
  {
    name: 'glossary',
    entries: () => yamlList('glossary.yaml'),
    mistakes: [
      ['no definition', 'definition', (e) => void delete e['definition']],
      ['a see-also that is not an id', 'seeAlso.0', (e) => void (e['seeAlso'] = ['Not an id'])],
      ['a misspelt field', 'see_also', (e) => void (e['see_also'] = [])],
    ],
  },
  {
    name: 'scenarios',
    entries: () => yamlFiles('scenarios'),
    pick: (e) => e['kind'] === 'stakeholder-case',
    mistakes: [
      ['one stakeholder', 'stakeholders', (e) => void (e['stakeholders'] = (e['stakeholders'] as unknown[]).slice(0, 1))],
      ['a field of the other kind', 'pool', (e) => void (e['pool'] = [])],
    ],
  },
  {
    name: 'scenarios',
    entries: () => yamlFiles('scenarios'),
    pick: (e) => e['kind'] === 'committee-lab',
    mistakes: [
      ['a pool of three', 'pool', (e) => void (e['pool'] = (e['pool'] as unknown[]).slice(0, 3))],
      ['an unknown power', 'pool.0.power', (e) => void (at(e, ['pool', 0])['power'] = 'total')],
      ['an unknown table signal', 'risks.0.signals.0', (e) => void (at(e, ['risks', 0])['signals'] = ['noise'])],
      ['a committee without members', 'committees.0.members', (e) => void (at(e, ['committees', 0])['members'] = [])],
    ],
  },
];

describe.each(cases)('the $name schema', ({ name, entries, pick, mistakes }) => {
  const valid = entries().filter(([, e]) => pick?.(e) ?? true);
  const schema = schemaOf(name);

  it('has real entries to test against', () => expect(valid.length).toBeGreaterThan(0));

  it.each(valid)('accepts %s', (_file, entry) => {
    expect(issuePaths(schema, entry)).toEqual([]);
  });

  describe.each(mistakes)('rejects %s', (_mistake, field, mutate) => {
    it.each(valid)('in %s, naming the field', (_file, entry) => {
      const bad = clone(entry);
      mutate(bad);
      const paths = issuePaths(schema, bad);
      expect(paths.length, 'the mistake was accepted').toBeGreaterThan(0);
      expect(
        paths.filter((p) => p === field || p.startsWith(`${field}.`)),
        `errors at ${paths.join(', ')}`,
      ).not.toEqual([]);
    });
  });
});

describe('worksheet blocks', () => {
  const all = [...frontmatter('activities'), ...frontmatter('sections')].flatMap(([file, e]) =>
    [...((e['worksheet'] as Entry[] | undefined) ?? []), ...((e['tools'] as Entry[] | undefined) ?? [])].map(
      (b) => [`${file} ${String(b['id'])}`, b] as [string, Entry],
    ),
  );
  const types = [...new Set(all.map(([, b]) => b['type']))];

  it('the content uses most block types, each of which the tests below exercise', () => expect(types.length).toBeGreaterThanOrEqual(10));

  it.each(all)('accepts %s', (_name, b) => expect(issuePaths(block as unknown as ZodType, b)).toEqual([]));

  const blockMistakes: Mistake[] = [
    ['an unknown type', 'type', (b) => void (b['type'] = 'essay')],
    ['an id with spaces', 'id', (b) => void (b['id'] = 'my block')],
    ['no label', 'label', (b) => void delete b['label']],
    ['a misspelt field', 'lable', (b) => void (b['lable'] = 'x')],
  ];
  describe.each(blockMistakes)('rejects %s', (_m, field, mutate) => {
    it.each(types.map((t) => all.find(([, b]) => b['type'] === t)!))('in %s', (_name, b) => {
      const bad = clone(b);
      mutate(bad);
      const paths = issuePaths(block as unknown as ZodType, bad);
      expect(
        paths.some((p) => p === field || p.startsWith(`${field}.`)),
        `errors at ${paths.join(', ')}`,
      ).toBe(true);
    });
  });

  it('rejects references a block schema alone cannot check', () => {
    const sort = clone(all.find(([, b]) => b['type'] === 'sort')![1]);
    at(sort, ['items', 0])['answer'] = 'no-such-category';
    expect(issuePaths(worksheet as unknown as ZodType, [sort])).toEqual(['0.items.0.answer']);
    const network = all.find(([, b]) => b['type'] === 'advice-network');
    if (network) {
      const n = clone(network[1]);
      at(n, ['sources', 0])['block'] = 'nowhere';
      expect(issuePaths(worksheet as unknown as ZodType, [n])).toContain('0.sources.0.block');
    }
  });
});
