/**
 * Which answers and progress belong to a package: those of its own lessons. The launch page
 * sends only these to the LMS and takes only these back, so an LMS copy holding other lessons
 * (written by another package, or edited) never reaches the learner's other work.
 */
import type { PortfolioData } from '../portfolio';

/** Whether an answer key (`<lesson>/<block>`) or a progress key (`<lesson>`) is one of the lessons'. */
export function packageFilter(lessons: readonly { key: string }[]): (key: string) => boolean {
  const keys = lessons.map((l) => l.key);
  return (key) => keys.some((l) => key === l || key.startsWith(`${l}/`));
}

/** The part of `data` that belongs to the lessons. */
export function onlyPackage(data: PortfolioData, lessons: readonly { key: string }[]): PortfolioData {
  const inPackage = packageFilter(lessons);
  const pick = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([k]) => inPackage(k)));
  return { answers: pick(data.answers), progress: pick(data.progress) };
}
