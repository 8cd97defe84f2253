/**
 * Fills the course map's status badges from saved progress and answers, and keeps them
 * current when another tab changes them.
 */
import type { BlockType } from '../lib/blocks';
import { $answers } from '../stores/answers';
import { $progress } from '../stores/progress';
import { lessonStatus, type Status } from '../stores/status';

const labels: Record<Status, string> = { done: 'Done', started: 'In progress', new: 'Not started' };

function paint() {
  const counts = { done: 0, started: 0, new: 0 };
  for (const el of document.querySelectorAll<HTMLElement>('[data-progress]')) {
    const key = el.dataset['progress'] ?? '';
    const required = JSON.parse(el.dataset['required'] ?? '[]') as { id: string; type: BlockType }[];
    const status = lessonStatus(key, required);
    counts[status]++;
    el.textContent = labels[status];
    el.className = `badge ${status}`;
  }
  const summary = document.querySelector('[data-progress-summary]');
  if (summary) {
    const total = counts.done + counts.started + counts.new;
    summary.textContent = `${counts.done} of ${total} lessons done, ${counts.started} in progress.`;
  }
}

$answers.subscribe(paint);
$progress.subscribe(paint);
