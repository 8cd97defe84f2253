/**
 * Let the page paint and take input before going on: work over many items (a cohort's hand-ins,
 * a flood of pasted answers, a long portfolio) does one item per task. `scheduler.yield()` where
 * the browser has it (the page's task comes back first), else a new task. Note that awaiting a
 * promise alone is not enough: one that settles at once (Web Crypto on small data may) goes on
 * in the same task.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}
