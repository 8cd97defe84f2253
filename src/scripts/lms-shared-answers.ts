/**
 * Answers an earlier package saved in this browser before learners had spaces of their own
 * (src/stores/storage.ts): shared by every learner of the browser, so they cannot be told apart
 * by learner. Inside the package they are never shown in a lesson or sent to an LMS, until a
 * learner, after a preview, says they are theirs; then they move into that learner's space.
 * Whoever sees the offer can also download them, so they are never thrown away.
 */
import { savedAnswer } from '../blocks/answers';
import { makePortfolio, progressEntry, type PortfolioData } from '../lib/portfolio';
import { packageFilter } from '../lib/scorm/package-data';
import type { PackageConfig } from '../lib/scorm/runtime';
import { ANSWERS_PREFIX, EARLY_EDITS_PREFIX, META_PREFIX, PROGRESS_PREFIX } from '../stores/keys';
import { readShared, removeShared, sharedKeys } from '../stores/learner-spaces';
import { readRaw, writeRaw } from '../stores/storage';
import { download, today } from '../lib/download';
import { readJson } from '../lib/read-json';

/** In the learner's space: they said the shared answers are not theirs. */
const DECLINED_KEY = `${META_PREFIX}sharedAnswersDeclined`;
const EXCERPT = 140;

interface Shared {
  data: PortfolioData;
  /** Every shared key of the package's lessons, readable or not: moved or kept together. */
  keys: string[];
}

/** What the shared keys hold for the package's lessons. */
function sharedFor(config: PackageConfig): Shared {
  const inPackage = packageFilter(config.lessons);
  const data: PortfolioData = { answers: {}, progress: {} };
  const keys: string[] = [];
  for (const key of sharedKeys()) {
    for (const prefix of [ANSWERS_PREFIX, PROGRESS_PREFIX, EARLY_EDITS_PREFIX]) {
      if (!key.startsWith(prefix) || !inPackage(key.slice(prefix.length))) continue;
      keys.push(key);
      const k = key.slice(prefix.length);
      if (prefix === ANSWERS_PREFIX) {
        const v = readJson(savedAnswer, readShared(key));
        if (v) data.answers[k] = v;
      } else if (prefix === PROGRESS_PREFIX) {
        const v = readJson(progressEntry, readShared(key));
        if (v) data.progress[k] = v;
      }
    }
  }
  return { data, keys };
}

/** A short, plain-text view of an answer; private ones show only that they exist. */
function excerpt(value: unknown, isPrivate: boolean): string {
  if (isPrivate) return 'a private answer (its text is not shown here, in case it is someone else’s)';
  if (typeof value === 'string') return value.length > EXCERPT ? `“${value.slice(0, EXCERPT)}…”` : `“${value}”`;
  return 'an answer in a chart, table or list';
}

const when = (at: number) => new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

function renderPreview(config: PackageConfig, shared: Shared, list: HTMLElement): void {
  list.replaceChildren();
  for (const lesson of config.lessons) {
    const answers = Object.entries(shared.data.answers).filter(([k]) => k.startsWith(`${lesson.key}/`));
    if (!answers.length) continue;
    const li = document.createElement('li');
    const heading = document.createElement('strong');
    heading.textContent = `${lesson.label}: ${lesson.title}`;
    const inner = document.createElement('ul');
    for (const [k, answer] of answers) {
      const block = lesson.blocks.find((b) => `${lesson.key}/${b.id}` === k);
      const item = document.createElement('li');
      // Text only: an answer is never markup.
      item.textContent = `${excerpt(answer.v, block?.private === true)}, saved ${when(answer.at)}`;
      inner.append(item);
    }
    li.append(heading, inner);
    list.append(li);
  }
}

/** Move the shared keys into the learner's space: answers and progress merged (newer wins), the rest as they are. */
function claim(shared: Shared, merge: (data: PortfolioData) => number): void {
  merge(shared.data);
  for (const key of shared.keys) {
    if (key.startsWith(EARLY_EDITS_PREFIX) && readRaw(key) === null) {
      const raw = readShared(key);
      if (raw !== null) writeRaw(key, raw);
    }
  }
  for (const key of shared.keys) removeShared(key);
}

export function offerSharedAnswers(config: PackageConfig, options: { merge: (data: PortfolioData) => number; onClaimed: () => void }): void {
  const section = document.getElementById('lms-shared') as HTMLElement;
  const shared = sharedFor(config);
  if (!Object.keys(shared.data.answers).length || readRaw(DECLINED_KEY) !== null) return;
  const preview = document.getElementById('lms-shared-preview') as HTMLDetailsElement;
  const list = document.getElementById('lms-shared-list')!;
  const claimButton = document.getElementById('lms-shared-claim') as HTMLButtonElement;
  const result = document.getElementById('lms-shared-result')!;
  const count = Object.keys(shared.data.answers).length;
  document.getElementById('lms-shared-count')!.textContent = `${count} ${count === 1 ? 'answer' : 'answers'}`;
  section.hidden = false;
  // Claiming comes after a look at what is claimed.
  preview.addEventListener('toggle', () => {
    if (!preview.open) return;
    renderPreview(config, shared, list);
    claimButton.hidden = false;
  });
  const done = (text: string, claimed: boolean) => {
    for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-choice]')) button.hidden = true;
    // Declined, they are still here for their owner: the download stays on offer.
    (document.getElementById('lms-shared-download') as HTMLButtonElement).hidden = claimed;
    preview.hidden = true;
    result.textContent = text;
  };
  claimButton.addEventListener('click', () => {
    claim(sharedFor(config), options.merge);
    done('They are now with your answers, in this browser and in your LMS.', true);
    options.onClaimed();
  });
  document.getElementById('lms-shared-decline')!.addEventListener('click', () => {
    writeRaw(DECLINED_KEY, JSON.stringify(Date.now()));
    done('They stay out of your work. They are left in this browser for whoever saved them.', false);
  });
  document.getElementById('lms-shared-download')!.addEventListener('click', () => {
    void (async () => {
      try {
        const file = await makePortfolio(sharedFor(config).data, { siteVersion: config.siteVersion });
        download(`earlier-answers-${today()}.json`, JSON.stringify(file, null, 2), 'application/json');
      } catch {
        result.textContent = 'This browser could not make the file. The answers are still kept in this browser.';
      }
    })();
  });
}
