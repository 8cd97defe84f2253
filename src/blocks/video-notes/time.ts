// Moments in a video, as a learner types and reads them ("1:05").
/** "m:ss" or plain seconds to seconds; undefined for anything else. */
export function parseTime(text: string): number | undefined {
  const m = /^\s*(?:(\d{1,3}):)?(\d{1,2})\s*$/.exec(text);
  if (!m) return undefined;
  const minutes = Number(m[1] ?? 0);
  const seconds = Number(m[2]);
  if (m[1] !== undefined && seconds > 59) return undefined;
  return minutes * 60 + seconds;
}

export function formatTime(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
