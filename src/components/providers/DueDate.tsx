import { dueDate, dueText } from '../../lib/dates/due';

/** A lesson's due date in words for the learner ("due in 3 days", "2 days overdue"), with the date itself. */
export function DueDate({ due, className = 'meta' }: { due: string; className?: string }) {
  const days = dueText(due, new Date());
  return (
    <span className={`${className}${days.endsWith('overdue') ? ' overdue' : ''}`} data-due={due}>
      {days} <time dateTime={due}>({dueDate(due)})</time>
    </span>
  );
}
