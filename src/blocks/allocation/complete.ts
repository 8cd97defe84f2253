import { field, isRecord } from '../complete-parts';

/**
 * A split counts as answered once its numbers add up to the whole (100 unless the block says
 * otherwise): 50/35/10 is still being worked on, and the editor says so.
 */
export function isAnswered(value: unknown, block: unknown): boolean {
  if (!isRecord(value)) return false;
  const numbers = Object.values(value).filter((n): n is number => typeof n === 'number' && Number.isFinite(n));
  if (numbers.length === 0) return false;
  const total = field(block, 'total');
  return numbers.reduce((sum, n) => sum + n, 0) === (typeof total === 'number' ? total : 100);
}
