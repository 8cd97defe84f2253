/**
 * A prediction (a choice block with an outcome, such as the lab's "which proposal will this
 * committee make?") in the one cohort view the review page, the board and its printed summary
 * share: counts always; the outcome at once on the review page and in the summary, behind its
 * reveal step on the board until the board's kept state says it was revealed.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CohortView, type CohortMode } from '../../src/blocks/compare';
import { committeeBlocks, proposalOptions } from '../../src/lib/committee';

const committees = [
  { id: 'inner', name: 'Inner circle', proposal: 'Keep the tracks and tighten 9th grade.', headline: 'Tighten 9th grade' },
  { id: 'outer', name: 'Outer circle', proposal: 'Ask the families first.', headline: 'Ask families' },
];
const pick = committeeBlocks(committees[0]!, proposalOptions(committees)).pick;
const answers = ['inner', 'inner', 'outer', undefined].map((v, i) => ({ id: `sender-${i}`, answer: v ? { v: [v], at: i } : undefined }));
const render = (mode: CohortMode, state?: { outcome?: boolean }) =>
  renderToStaticMarkup(createElement(CohortView, { block: pick, answers, mode, ...(state ? { state, onState: () => undefined } : {}) }));

describe('a prediction in the cohort view', () => {
  it('counts each pick per proposal, in the options’ order', () => {
    const html = render('board');
    expect(html).toContain('3 answered');
    expect(html).toMatch(/data-option="outer"[^]*?<td class="count-cell">.*?1 <span class="muted">\(33%\)/);
    expect(html).toMatch(/data-option="inner"[^]*?<td class="count-cell">.*?2 <span class="muted">\(67%\)/);
  });

  it('on the board, keeps the outcome behind its reveal step until the kept state says it was revealed', () => {
    const waiting = render('board');
    expect(waiting).toContain('>Reveal what the committee proposed</button>');
    expect(waiting).not.toContain('Keep the tracks and tighten 9th grade.');
    expect(waiting).not.toContain('data-marked');
    const shown = render('board', { outcome: true });
    expect(shown).not.toContain('>Reveal what the committee proposed</button>');
    expect(shown).toContain('Keep the tracks and tighten 9th grade.');
    expect(shown).toMatch(/<strong>2 of 3<\/strong> predicted it \(67%\)/);
    expect(shown).toMatch(/<tr data-option="inner" data-marked="true">/);
  });

  it.each(['review', 'summary'] as const)('shows the outcome at once in the %s', (mode) => {
    const html = render(mode);
    expect(html).toContain('Keep the tracks and tighten 9th grade.');
    expect(html).not.toContain('Reveal what the committee proposed</button>');
  });
});
