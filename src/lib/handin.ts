/**
 * Hand-in files: the part of a learner's work that belongs to one pathway, signed like a
 * portfolio, for a provider's review page. Private answers stay out unless the learner
 * includes them one by one.
 */
import * as z from 'zod/mini';
import type { CatalogueLesson } from './catalogue';
import type { Pathway } from './pathway';
import { clampData, portfolioData, readSignedFile, sign, withCurrentIds, type PortfolioData } from './portfolio';

export const HANDIN_FORMAT = 'dl-course-handin';
export const HANDIN_VERSION = 1;

export const handInFile = z.strictObject({
  format: z.literal(HANDIN_FORMAT),
  version: z.literal(HANDIN_VERSION),
  site: z.strictObject({ version: z.string().check(z.maxLength(50)) }),
  exportedAt: z.string().check(z.maxLength(40)),
  learner: z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(200)) }),
  pathway: z.strictObject({
    code: z.string().check(z.maxLength(8000)),
    title: z.string().check(z.maxLength(120)),
    items: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(60)),
  }),
  data: portfolioData,
  checksum: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});
export type HandInFile = Omit<z.infer<typeof handInFile>, 'data'> & { data: PortfolioData };

/** The answers and progress of a pathway's lessons, without private answers unless included. */
export function selectForHandIn(all: PortfolioData, pathway: Pathway, catalogue: CatalogueLesson[], includePrivate: ReadonlySet<string>): PortfolioData {
  const keys = pathway.items.map((i) => i.key);
  const privateKeys = new Set(catalogue.flatMap((l) => l.blocks.filter((b) => b.private).map((b) => `${l.key}/${b.id}`)));
  const inPathway = (k: string) => keys.some((l) => k.startsWith(`${l}/`));
  return {
    answers: Object.fromEntries(Object.entries(all.answers).filter(([k]) => inPathway(k) && (!privateKeys.has(k) || includePrivate.has(k)))),
    progress: Object.fromEntries(Object.entries(all.progress).filter(([k]) => keys.includes(k))),
  };
}

export async function makeHandIn(
  data: PortfolioData,
  meta: { pathwayCode: string; pathway: Pathway; learnerName: string; siteVersion: string; now?: Date },
): Promise<HandInFile> {
  return sign({
    format: HANDIN_FORMAT,
    version: HANDIN_VERSION,
    site: { version: meta.siteVersion },
    exportedAt: (meta.now ?? new Date()).toISOString(),
    learner: { name: meta.learnerName },
    pathway: { code: meta.pathwayCode, title: meta.pathway.title, items: meta.pathway.items.map((i) => i.key) },
    data: clampData(data),
  } as const);
}

/** Read a hand-in file's text. Never throws; answers of blocks renamed since it was made come back under their current ids. */
export async function readHandIn(
  text: string,
  byteLength?: number,
  /** Awaited between parsing, checking and the checksum, so a page can let other work run (the review page yields). */
  pause?: () => Promise<void>,
): Promise<{ ok: true; file: HandInFile } | { ok: false; errors: string[] }> {
  const result = (await readSignedFile(text, byteLength, {
    format: HANDIN_FORMAT,
    version: HANDIN_VERSION,
    noun: 'hand-in file',
    schema: handInFile,
    pause,
  })) as { ok: true; file: HandInFile } | { ok: false; errors: string[] };
  return result.ok ? { ok: true, file: withCurrentIds(result.file) } : result;
}
