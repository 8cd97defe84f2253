/**
 * Edits the learner made in a block's server-rendered fields before its island woke: fields
 * whose value, tick or choice differs from what the server wrote. The worksheet reads them as
 * it wakes and replays them through the block's editor (useAnswer.ts); a page left before that
 * keeps them in storage for the block's next visit (scripts/early-save.ts). Fields are named by
 * their place among the block's fields, the same in the server HTML on every visit.
 */
import { EARLY_EDITS_PREFIX } from './keys';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** One field's edit: the text typed in it, the option chosen, or whether it is ticked. */
export interface FieldEdit {
  /** The field's place among the block's fields (`input, textarea, select`, in page order). */
  field: number;
  text?: string;
  choice?: string;
  checked?: boolean;
}

export const earlyEditsKey = (answerKey: string): string => `${EARLY_EDITS_PREFIX}${answerKey}`;

/**
 * Text typed early, added to the text already there: never in its place, never twice. Unchanged
 * when it already holds the typed text; the typed text alone when it begins with what is there
 * or there was nothing; else both, on separate lines (`separator` for one-line fields).
 */
export function addedText(before: string, typed: string, separator = '\n'): string {
  if (before.includes(typed)) return before;
  if (before.trim() === '' || typed.startsWith(before)) return typed;
  return `${before}${separator}${typed}`;
}

export const fieldsOf = (root: ParentNode): Field[] => [...root.querySelectorAll<Field>('input, textarea, select')];

export const isTextField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(el.type));

/** The block's edited fields, each with its element. */
export function readFieldEdits(root: ParentNode): (FieldEdit & { element: Field })[] {
  const edits: (FieldEdit & { element: Field })[] = [];
  fieldsOf(root).forEach((element, field) => {
    if (isTextField(element)) {
      if (element.value !== element.defaultValue) edits.push({ field, element, text: element.value });
    } else if (element instanceof HTMLInputElement) {
      if (element.checked !== element.defaultChecked) edits.push({ field, element, checked: element.checked });
    } else {
      const chosen = element.selectedOptions[0];
      if (chosen && !chosen.defaultSelected) edits.push({ field, element, choice: element.value });
    }
  });
  return edits;
}

/**
 * Makes the fields' state the page's own, once their edits are kept elsewhere: an island that
 * still wakes on this page (one kept in the back/forward cache) then finds no edit to take twice.
 */
export function settleFields(edits: readonly { element: Field }[]): void {
  for (const { element } of edits) {
    if (isTextField(element)) element.defaultValue = element.value;
    else if (element instanceof HTMLInputElement) element.defaultChecked = element.checked;
    else for (const option of element.options) option.defaultSelected = option.selected;
  }
}

/** Edits kept by an earlier visit, read back; anything not of their shape is left out. */
export function parseKeptEdits(raw: string | null): FieldEdit[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.flatMap((e: unknown): FieldEdit[] => {
    if (typeof e !== 'object' || e === null) return [];
    const { field, text, choice, checked } = e as Record<string, unknown>;
    if (typeof field !== 'number' || !Number.isInteger(field) || field < 0) return [];
    if (typeof text === 'string') return [{ field, text }];
    if (typeof choice === 'string') return [{ field, choice }];
    if (typeof checked === 'boolean') return [{ field, checked }];
    return [];
  });
}

/**
 * Edits of the same fields from two visits: both texts (the earlier first), unless one holds the
 * other; the later tick or choice.
 */
export function mergeEdits(kept: readonly FieldEdit[], later: readonly FieldEdit[]): FieldEdit[] {
  const byField = new Map(kept.map((e) => [e.field, e]));
  for (const edit of later) {
    const before = byField.get(edit.field)?.text;
    byField.set(edit.field, before === undefined || edit.text === undefined ? edit : { field: edit.field, text: addedText(before, edit.text) });
  }
  return [...byField.values()];
}
