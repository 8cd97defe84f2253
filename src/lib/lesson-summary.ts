import type { CatalogueLesson } from './catalogue';

/** What the provider pages need to know of each lesson. */
export type LessonSummary = Pick<CatalogueLesson, 'key' | 'label' | 'title' | 'href'> & {
  required: { id: string; type: CatalogueLesson['blocks'][number]['type'] }[];
  /** Answers learners keep out of hand-ins unless they include them: a provider may ask for them. */
  private: { id: string; label: string }[];
};

export function summarise(catalogue: CatalogueLesson[]): LessonSummary[] {
  return catalogue.map((l) => ({
    key: l.key,
    label: l.label,
    title: l.title,
    href: l.href,
    required: l.blocks.filter((b) => l.required.includes(b.id)).map((b) => ({ id: b.id, type: b.type })),
    private: l.blocks.filter((b) => b.private).map((b) => ({ id: b.id, label: b.label })),
  }));
}
