/**
 * The portfolio: every answer with its question, laid out for print and "Save as PDF", with a
 * cover page and a page break between lessons. The learner can leave lessons out.
 */
import { useStore } from '@nanostores/react';
import { useState } from 'react';
import type { CatalogueLesson } from '../../lib/catalogue';
import { $answers } from '../../stores/answers';
import { $learnerName } from '../../stores/settings';
import { AnswerViews, lessonAnswers } from './AnswerViews';
import { WithCatalogue } from './useCatalogue';
import { useHydrated } from '../worksheet/useAnswer';

function PortfolioView({ catalogue }: { catalogue: CatalogueLesson[] }) {
  const ready = useHydrated();
  const answers = useStore($answers);
  const name = useStore($learnerName);
  const [left, setLeft] = useState<Set<string>>(new Set());
  if (!ready) return <p className="save-status">Loading your saved work…</p>;
  const lessons = catalogue.map((l) => ({ lesson: l, items: lessonAnswers(l, answers) })).filter((l) => l.items.length > 0);
  const included = lessons.filter((l) => !left.has(l.lesson.key));

  return (
    <div className="portfolio">
      <div className="no-print callout">
        <h2>Choose what to include</h2>
        {lessons.length === 0 ? (
          <p>You have not answered anything yet. Your answers will appear here as you work through the activities.</p>
        ) : (
          <>
            <fieldset>
              <legend>Lessons with answers</legend>
              {lessons.map(({ lesson }) => (
                <label key={lesson.key} className="check-option">
                  <input
                    type="checkbox"
                    checked={!left.has(lesson.key)}
                    onChange={(e) => {
                      const next = new Set(left);
                      if (e.target.checked) next.delete(lesson.key);
                      else next.add(lesson.key);
                      setLeft(next);
                    }}
                  />
                  {lesson.label}: {lesson.title}
                </label>
              ))}
            </fieldset>
            <button type="button" className="primary" onClick={() => window.print()}>
              Print or save as PDF
            </button>
            <p className="block-help">In the print dialog, choose “Save as PDF” as the printer to keep a PDF copy.</p>
          </>
        )}
      </div>
      <section className="cover" aria-label="Cover page">
        <p className="eyebrow">Portfolio</p>
        <h2 className="cover-title">Distributed leadership for school improvement</h2>
        {name && <p className="cover-name">{name}</p>}
        <p>{new Date().toLocaleDateString(undefined, { dateStyle: 'long' })}</p>
        <p>
          {included.length} {included.length === 1 ? 'lesson' : 'lessons'} · {included.reduce((n, l) => n + l.items.length, 0)} answers
        </p>
        <p className="block-help">
          Work from the course built on Supovitz, D’Auria &amp; Spillane (2019), Meaningful &amp; Sustainable School Improvement with Distributed Leadership.
        </p>
      </section>
      {included.map(({ lesson, items }) => (
        <section key={lesson.key} className="portfolio-lesson" aria-labelledby={`p-${lesson.key.replace('/', '-')}`}>
          <h2 id={`p-${lesson.key.replace('/', '-')}`}>
            {lesson.label}: {lesson.title}
          </h2>
          {items.map((item) => (
            <div key={item.id} className="portfolio-item">
              <h3>
                {item.label}
                {item.private && <span className="tag">Private</span>}
              </h3>
              <AnswerViews views={item.views} />
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

export default function Portfolio() {
  return <WithCatalogue>{(catalogue) => <PortfolioView catalogue={catalogue} />}</WithCatalogue>;
}
