/**
 * The respondent's form, without a framework, loaded by survey-answer.ts once the respondent
 * agrees to answer (or has agreed on this device before). It reads the survey from the link's fragment, shows
 * the consent text, the respondent's name (or code), and per question a type-ahead list of
 * colleagues (the ARIA combobox pattern: arrows, Enter, Escape; a screen reader hears the
 * options) with how often. Every change saves on this device at once. Sealing and sending is
 * the SurveySend island's, woken when the respondent reaches for its button.
 *
 * Every name comes from a link anyone could have made, so all text goes in as textContent.
 */
import { DRAFT_CHANGED, DRAFT_PREFIX, parseDraft, SENT_PREFIX, type SurveyDraft } from '../lib/survey/draft';
import { readSurveyHash } from '../lib/survey/link';
import type { SurveyPerson, SurveyQuestion } from '../lib/survey/model';
import { frequencies, type Frequency, type SurveyDefinition } from '../lib/survey/survey';
import { readRaw, removeRaw, writeRaw } from '../stores/storage';

type Child = Node | string | false | undefined;
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | boolean> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false) continue;
    if (k === 'class') el.className = String(v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Lower case without accents: "josé" finds "José", "Jose" and "JOSÉ". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const app = document.querySelector<HTMLElement>('[data-survey-app]');
const sendArea = document.querySelector<HTMLElement>('[data-survey-send]');

async function main(root: HTMLElement) {
  const read = await readSurveyHash(location.hash);
  if (!read || !read.ok) {
    root.replaceChildren(
      h(
        'p',
        { class: 'notice error', role: 'alert' },
        read ? read.message : 'This page needs the survey’s link. Open the link or scan the code the person who runs the survey gave you.',
      ),
    );
    return;
  }
  const { survey, me } = read;
  const key = DRAFT_PREFIX + survey.id;
  const draft: SurveyDraft = parseDraft(readRaw(key));
  if (me) draft.who = me.person;
  const save = () => {
    writeRaw(key, JSON.stringify(draft));
    // An answer sealed before this change no longer says what the respondent now says.
    if (readRaw(SENT_PREFIX + survey.id) !== null) removeRaw(SENT_PREFIX + survey.id);
    dispatchEvent(new CustomEvent(DRAFT_CHANGED));
  };
  const title = document.querySelector('[data-survey-title]');
  if (title) title.textContent = `${survey.schoolName || 'Staff'} advice survey`;
  document.title = `${survey.schoolName || 'Staff'} advice survey`;
  render(root, survey, draft, save, me?.person);
}

function render(root: HTMLElement, survey: SurveyDefinition, draft: SurveyDraft, save: () => void, fixedPerson: string | undefined) {
  const byId = new Map(survey.people.map((p) => [p.id, p]));
  const consent = document.querySelector<HTMLInputElement>('#survey-consent') ?? (h('input', { type: 'checkbox', id: 'survey-consent' }) as HTMLInputElement);
  // Ticked on the page before this module loaded, or on an earlier visit.
  if (consent.checked && !draft.consent) {
    draft.consent = true;
    save();
  }
  consent.checked = draft.consent;
  const questions = h('div', { class: 'survey-questions-area' });
  const whoBox = h('div', { class: 'survey-who' });

  // Who is answering.
  if (fixedPerson) {
    whoBox.append(h('p', {}, 'You are answering as ', h('strong', {}, byId.get(fixedPerson)?.name ?? ''), ' (your personal link).'));
  } else if (survey.anonymous) {
    const code = h('input', {
      id: 'survey-code',
      type: 'text',
      autocomplete: 'off',
      autocapitalize: 'characters',
      maxlength: '40',
      spellcheck: 'false',
    }) as HTMLInputElement;
    code.value = draft.code;
    code.addEventListener('input', () => {
      draft.code = code.value;
      save();
    });
    whoBox.append(h('label', { for: 'survey-code' }, 'Your code (from the slip you were given)'), code);
  } else {
    const select = h('select', { id: 'survey-who' }, h('option', { value: '' }, 'Choose your name')) as HTMLSelectElement;
    for (const p of [...survey.people].sort((a, b) => a.name.localeCompare(b.name))) select.append(h('option', { value: p.id }, p.name));
    select.value = byId.has(draft.who) ? draft.who : '';
    select.addEventListener('change', () => {
      draft.who = select.value;
      // Nobody names themselves: drop the respondent from their own choices.
      for (const q of Object.keys(draft.answers)) draft.answers[q] = (draft.answers[q] ?? []).filter(([to]) => to !== draft.who);
      save();
      drawQuestions();
    });
    whoBox.append(h('label', { for: 'survey-who' }, 'Your name'), select);
  }

  const drawQuestions = () => {
    questions.replaceChildren(...survey.questions.map((q, i) => questionBlock(q, i, survey, draft, save, byId)));
  };
  drawQuestions();

  const rest = h('div', { class: 'survey-rest' }, whoBox, questions);
  const show = () => {
    rest.hidden = !consent.checked;
    if (sendArea) sendArea.hidden = !consent.checked;
  };
  consent.addEventListener('change', () => {
    draft.consent = consent.checked;
    save();
    show();
  });
  // The consent text is the page's own HTML: name the school in it.
  const school = document.querySelector('[data-survey-school]');
  if (school) school.textContent = survey.schoolName || 'your school';
  root.replaceChildren(rest);
  show();
}

function questionBlock(
  q: SurveyQuestion,
  index: number,
  survey: SurveyDefinition,
  draft: SurveyDraft,
  save: () => void,
  byId: Map<string, SurveyPerson>,
): HTMLElement {
  const base = `q${index}`;
  const chosen = () => (draft.answers[q.id] ??= []);
  const status = h('p', { class: 'survey-status', 'aria-live': 'polite' });
  const hint = h(
    'p',
    { id: `${base}-hint`, class: 'survey-hint' },
    `Choose up to ${q.maxChoices} colleagues. Type part of a name, a role or a department, then pick from the list.`,
  );
  const input = h('input', {
    id: `${base}-input`,
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${base}-list`,
    'aria-describedby': `${base}-hint`,
    autocomplete: 'off',
    spellcheck: 'false',
  }) as HTMLInputElement;
  const list = h('ul', { id: `${base}-list`, role: 'listbox', class: 'survey-options', 'aria-label': 'Matching colleagues', hidden: true });
  const picked = h('ul', { class: 'survey-chosen', 'aria-label': `Chosen for question ${index + 1}` });
  let options: SurveyPerson[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((el, j) => el.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `${base}-opt-${i}`);
      list.children[i]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const filter = () => {
    const term = fold(input.value.trim());
    const taken = new Set(chosen().map(([to]) => to));
    options = survey.people
      .filter((p) => p.id !== draft.who && !taken.has(p.id))
      .filter((p) => !term || fold(`${p.name} ${p.role} ${p.group}`).includes(term))
      .slice(0, 50);
    list.replaceChildren(
      ...options.map((p, i) =>
        h(
          'li',
          { id: `${base}-opt-${i}`, role: 'option', 'aria-selected': 'false' },
          h('span', {}, p.name),
          p.role || p.group ? h('span', { class: 'survey-option-detail' }, [p.role, p.group].filter(Boolean).join(', ')) : false,
        ),
      ),
    );
    if (options.length === 0) list.append(h('li', { class: 'survey-no-match', role: 'presentation' }, 'No one matches'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(options.length && term ? 0 : -1);
  };
  const full = () => chosen().length >= q.maxChoices;
  const pick = (p: SurveyPerson | undefined) => {
    if (!p) return;
    if (full()) {
      status.textContent = `You have already chosen ${q.maxChoices}. Remove someone to choose another.`;
      return;
    }
    chosen().push([p.id, 3]);
    save();
    input.value = '';
    close();
    drawChosen();
    status.textContent = `${p.name} added. Now say how often.`;
  };
  list.addEventListener('mousedown', (e) => e.preventDefault());
  list.addEventListener('click', (e) => {
    const li = (e.target as HTMLElement).closest('[role=option]');
    if (li) pick(options[Number(li.id.split('-').pop())]);
  });
  input.addEventListener('input', filter);
  input.addEventListener('focus', () => {
    if (input.value) filter();
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (e) => {
    const open = !list.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return filter();
      const n = options.length;
      if (n) highlight(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n);
    } else if (e.key === 'Enter') {
      if (open && active >= 0) {
        e.preventDefault();
        pick(options[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        close();
      } else input.value = '';
    }
  });

  const drawChosen = () => {
    input.disabled = full();
    input.placeholder = full() ? `${q.maxChoices} chosen` : '';
    picked.replaceChildren(
      ...chosen().map(([to, f], i) => {
        const name = byId.get(to)?.name ?? '';
        const often = h('select', { id: `${base}-f-${to}` }) as HTMLSelectElement;
        for (const fr of frequencies) often.append(h('option', { value: String(fr.value) }, fr.label));
        often.value = String(f);
        often.addEventListener('change', () => {
          chosen()[i] = [to, Number(often.value) as Frequency];
          save();
        });
        const remove = h('button', { type: 'button', class: 'survey-remove' }, 'Remove', h('span', { class: 'visually-hidden' }, ` ${name}`));
        remove.addEventListener('click', () => {
          draft.answers[q.id] = chosen().filter(([id]) => id !== to);
          save();
          drawChosen();
          status.textContent = `${name} removed.`;
          input.focus();
        });
        return h('li', {}, h('span', { class: 'survey-chosen-name' }, name), h('label', { for: `${base}-f-${to}` }, 'How often'), often, remove);
      }),
    );
  };
  drawChosen();

  return h(
    'fieldset',
    { class: 'survey-question' },
    h('legend', {}, `${index + 1}. ${q.prompt}`, q.optional ? h('span', { class: 'survey-optional' }, ' (optional)') : false),
    hint,
    h('label', { for: `${base}-input` }, 'Add a colleague'),
    h('div', { class: 'survey-combo' }, input, list),
    picked,
    status,
  );
}

let started = false;
/** Show the form (once). */
export function start(): void {
  if (!app || started) return;
  started = true;
  void main(app);
  addEventListener('hashchange', () => location.reload());
}
