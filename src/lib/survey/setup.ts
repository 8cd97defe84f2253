/**
 * Setting a survey up: the default questions (the three topics of Activity 2), reading a
 * roster typed, pasted from a spreadsheet or loaded from a CSV file, and the secrets personal
 * links and anonymous codes need.
 */
import type { SurveyPerson, SurveyQuestion } from './model';
import { MAX_PEOPLE } from './survey';

/** The course's wording of Activity 2's three topics, each asked as "whom do you go to". */
export const defaultQuestions = (): SurveyQuestion[] => [
  { id: 'math', prompt: 'When you want advice about improving mathematics instruction, whom do you go to?', maxChoices: 5, optional: false },
  { id: 'discipline', prompt: 'When you want advice about handling student discipline, whom do you go to?', maxChoices: 5, optional: false },
  { id: 'technology', prompt: 'When you want advice about using technology in your teaching, whom do you go to?', maxChoices: 5, optional: true },
];

const FORMAL_YES = /^(y|yes|true|1|x|✓|formal|oui|sí|si|ja)$/i;
const HEADER = {
  name: /^(name|full name|staff|staff member|person|teacher)$/i,
  role: /^(role|title|position|job|job title)$/i,
  group: /^(department|dept|grade|group|team|subject|grade or department|department or grade)$/i,
  formal: /^(formal|formal leader|formal leadership|leadership|leader|formal position|formal role)( \(yes\/no\))?$/i,
};

export interface RosterRow {
  name: string;
  role: string;
  group: string;
  formal: boolean;
}

export interface RosterRead {
  rows: RosterRow[];
  /** Lines left out (no name, or past the limit), in words. */
  skipped: string[];
}

/**
 * Rows of cells (from papaparse, or typed) to roster rows. A first row that names its columns
 * ("Name, Role, Department, Formal leader") decides the order; otherwise the columns are
 * name, role, department or grade, formal leadership (yes/no).
 */
export function rosterFromCells(cells: string[][]): RosterRead {
  const rows: RosterRow[] = [];
  const skipped: string[] = [];
  let order = { name: 0, role: 1, group: 2, formal: 3 };
  let start = 0;
  const first = (cells[0] ?? []).map((c) => c.trim());
  // Column names, not a person: a name column, and no cell that is not a column name unless two
  // are ("Ana Ruiz, teacher" is a teacher called Ana Ruiz; "Name, Role, Notes" names columns).
  const named = first.filter((c) => Object.values(HEADER).some((re) => re.test(c))).length;
  const filled = first.filter((c) => c !== '').length;
  if (first.some((c) => HEADER.name.test(c)) && (named === filled || named >= 2)) {
    const find = (re: RegExp) => first.findIndex((c) => re.test(c));
    order = { name: find(HEADER.name), role: find(HEADER.role), group: find(HEADER.group), formal: find(HEADER.formal) };
    start = 1;
  }
  const cell = (row: string[], i: number) => (i >= 0 ? (row[i] ?? '').trim().slice(0, 200) : '');
  for (let i = start; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((c) => c.trim() === '')) continue;
    const name = cell(row, order.name);
    if (!name) {
      skipped.push(`Line ${i + 1} has no name.`);
      continue;
    }
    if (rows.length >= MAX_PEOPLE) {
      skipped.push(`Line ${i + 1} and after: a survey holds at most ${MAX_PEOPLE} people.`);
      break;
    }
    rows.push({ name, role: cell(row, order.role), group: cell(row, order.group), formal: FORMAL_YES.test(cell(row, order.formal)) });
  }
  return { rows, skipped };
}

/** A random string from an alphabet, from the browser's secure generator (present on plain http too). */
export function randomText(length: number, alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  // 256 is not a multiple of the alphabet's size: drop the few values that would favour some letters.
  let out = '';
  for (const b of bytes) if (b < Math.floor(256 / alphabet.length) * alphabet.length) out += alphabet[b % alphabet.length];
  return out.length === length ? out : out + randomText(length - out.length, alphabet);
}

/** A person id: short, stable once given (answers name people by it). */
export const newPersonId = () => `p${randomText(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}`;

/** A personal-link secret: 16 letters (about 90 bits), enough that nobody guesses another's. */
export const newToken = () => randomText(16);

/** An anonymous respondent's code: six letters and digits, without look-alikes (0/O, 1/l). */
export const newCode = () => randomText(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');

export function peopleFromRows(rows: RosterRow[], existing: SurveyPerson[] = []): SurveyPerson[] {
  // A name already on the roster keeps its id, so answers collected before a re-import still match.
  const byName = new Map(existing.map((p) => [p.name.toLowerCase(), p.id]));
  const used = new Set<string>();
  return rows.map((r) => {
    let id = byName.get(r.name.toLowerCase());
    if (!id || used.has(id)) id = newPersonId();
    used.add(id);
    return { id, ...r };
  });
}
