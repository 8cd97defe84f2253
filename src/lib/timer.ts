/**
 * The countdown behind presentation mode: one timer per facilitator step, with start, pause,
 * add a minute and reset. Pure: every operation takes the current time from an injected
 * clock, so the logic is tested without waiting and the page can be driven by a mocked clock.
 */

export interface Clock {
  /** Milliseconds on a monotonic-enough scale (Date.now in the browser). */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A timer's whole state; operations return a new state and never mutate. */
export interface TimerState {
  /** The time the step is given, including minutes added. */
  readonly durationMs: number;
  /** Time that ran before the current run started (sum of earlier runs). */
  readonly elapsedMs: number;
  /** When the current run started, or null while paused or not started. */
  readonly startedAt: number | null;
}

export const MINUTE = 60_000;

export function createTimer(durationMs: number): TimerState {
  if (!Number.isFinite(durationMs) || durationMs < 0) throw new RangeError(`duration must be a non-negative number of ms, got ${durationMs}`);
  return { durationMs, elapsedMs: 0, startedAt: null };
}

export function isRunning(s: TimerState): boolean {
  return s.startedAt !== null;
}

/** Time that has run so far, at `now`. */
export function elapsed(s: TimerState, now: number): number {
  return s.elapsedMs + (s.startedAt === null ? 0 : Math.max(0, now - s.startedAt));
}

/** Time left at `now`; negative once the time is over (the overrun). */
export function remaining(s: TimerState, now: number): number {
  return s.durationMs - elapsed(s, now);
}

export function isFinished(s: TimerState, now: number): boolean {
  return remaining(s, now) <= 0;
}

/** Has the timer started at all (running, or paused part way)? */
export function hasStarted(s: TimerState): boolean {
  return s.startedAt !== null || s.elapsedMs > 0;
}

export function start(s: TimerState, now: number): TimerState {
  return s.startedAt === null ? { ...s, startedAt: now } : s;
}

export function pause(s: TimerState, now: number): TimerState {
  return s.startedAt === null ? s : { ...s, elapsedMs: elapsed(s, now), startedAt: null };
}

export function toggle(s: TimerState, now: number): TimerState {
  return isRunning(s) ? pause(s, now) : start(s, now);
}

/**
 * Give the step more time. Once the time is over, the minute counts from now: an overrun of
 * two minutes plus one added minute leaves one minute, not minus one.
 */
export function addTime(s: TimerState, ms: number, now: number): TimerState {
  return { ...s, durationMs: Math.max(0, Math.max(s.durationMs, elapsed(s, now)) + ms) };
}

/** Back to the full time, paused. Pass a duration to reset to another length. */
export function reset(s: TimerState, durationMs = s.durationMs): TimerState {
  return createTimer(durationMs);
}

/**
 * Whether the time ran out between two moments: true exactly once per run-out, for the
 * announcement. After minutes are added, the timer can run out again.
 */
export function ranOutBetween(s: TimerState, before: number, after: number): boolean {
  return remaining(s, before) > 0 && remaining(s, after) <= 0;
}

/** "4:05", "0:00"; an overrun shows as "+1:20". Rounds up so 0:00 means the time is over. */
export function formatClock(ms: number): string {
  const over = ms < 0;
  const totalSeconds = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${over && totalSeconds > 0 ? '+' : ''}${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** The time left in words, for screen readers: "4 minutes 5 seconds left". */
export function spokenClock(ms: number): string {
  if (ms <= 0) return 'Time is up';
  const totalSeconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  const parts: string[] = [];
  if (minutes) parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  if (seconds) parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  return `${parts.join(' ')} left`;
}

/**
 * A timer bound to a clock: the stateful wrapper the page uses. It keeps the last time it
 * was polled, so `poll()` reports a run-out exactly once, however irregular the ticks.
 */
export class Countdown {
  #state: TimerState;
  #lastPoll: number;
  #pendingRunOut = false;
  /** The step's own time, which a reset returns to (added minutes are dropped). */
  #baseMs: number;
  readonly #clock: Clock;

  constructor(durationMs: number, clock: Clock = systemClock) {
    this.#clock = clock;
    this.#baseMs = durationMs;
    this.#state = createTimer(durationMs);
    this.#lastPoll = clock.now();
  }

  get state(): TimerState {
    return this.#state;
  }
  get running(): boolean {
    return isRunning(this.#state);
  }
  get started(): boolean {
    return hasStarted(this.#state);
  }
  get durationMs(): number {
    return this.#state.durationMs;
  }
  remaining(): number {
    return remaining(this.#state, this.#clock.now());
  }
  finished(): boolean {
    return isFinished(this.#state, this.#clock.now());
  }

  start(): void {
    this.#apply(start(this.#state, this.#clock.now()));
  }
  pause(): void {
    this.#apply(pause(this.#state, this.#clock.now()));
  }
  toggle(): void {
    this.#apply(toggle(this.#state, this.#clock.now()));
  }
  addMinute(): void {
    this.#apply(addTime(this.#state, MINUTE, this.#clock.now()));
  }
  /**
   * The step's full time again, paused, without the minutes added; pass a duration to switch
   * to another step. A run-out not yet reported is dropped (the facilitator moved on).
   */
  reset(durationMs = this.#baseMs): void {
    this.#baseMs = durationMs;
    this.#apply(reset(this.#state, durationMs));
    this.#pendingRunOut = false;
  }

  /**
   * Put back a state saved before a reset (to undo it). A run that was going keeps going, as
   * if the reset had never happened: the activity in the room did not stop either.
   */
  restore(state: TimerState): void {
    this.#apply(state);
  }

  /** Call on every tick: true once, on the first tick after the time runs out. */
  poll(): boolean {
    const now = this.#clock.now();
    const ranOut = this.#pendingRunOut || ranOutBetween(this.#state, this.#lastPoll, now);
    this.#pendingRunOut = false;
    this.#lastPoll = now;
    return ranOut;
  }

  #apply(next: TimerState): void {
    // A run-out since the last tick still counts when a button is pressed before the next one.
    const now = this.#clock.now();
    this.#pendingRunOut ||= ranOutBetween(this.#state, this.#lastPoll, now);
    this.#lastPoll = now;
    this.#state = next;
  }
}
