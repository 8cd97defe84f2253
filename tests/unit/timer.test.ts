import { describe, expect, it } from 'vitest';
import {
  addTime,
  Countdown,
  createTimer,
  formatClock,
  hasStarted,
  isFinished,
  isRunning,
  MINUTE,
  pause,
  ranOutBetween,
  remaining,
  reset,
  spokenClock,
  start,
  toggle,
  type Clock,
} from '../../src/lib/timer';

/** A clock the test moves by hand. */
function fakeClock(t = 1_000_000): Clock & { advance(ms: number): void } {
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
  };
}

describe('timer state', () => {
  it('does not run until started, then counts down with the clock', () => {
    const t = createTimer(5 * MINUTE);
    expect(isRunning(t)).toBe(false);
    expect(hasStarted(t)).toBe(false);
    expect(remaining(t, 9_999_999)).toBe(5 * MINUTE);
    const running = start(t, 1000);
    expect(isRunning(running)).toBe(true);
    expect(remaining(running, 1000 + 90_000)).toBe(5 * MINUTE - 90_000);
  });

  it('keeps the time that ran across pauses, and a paused timer stands still', () => {
    let t = start(createTimer(10 * MINUTE), 0);
    t = pause(t, 2 * MINUTE);
    expect(isRunning(t)).toBe(false);
    expect(hasStarted(t)).toBe(true);
    expect(remaining(t, 50 * MINUTE)).toBe(8 * MINUTE);
    t = start(t, 60 * MINUTE);
    expect(remaining(t, 61 * MINUTE)).toBe(7 * MINUTE);
  });

  it('start and pause are idempotent; toggle alternates', () => {
    const t = start(createTimer(MINUTE), 0);
    expect(start(t, 30_000)).toBe(t);
    const p = pause(t, 10_000);
    expect(pause(p, 20_000)).toBe(p);
    expect(isRunning(toggle(p, 20_000))).toBe(true);
    expect(isRunning(toggle(t, 20_000))).toBe(false);
  });

  it('finishes at zero and goes on counting the overrun', () => {
    const t = start(createTimer(MINUTE), 0);
    expect(isFinished(t, MINUTE - 1)).toBe(false);
    expect(isFinished(t, MINUTE)).toBe(true);
    expect(remaining(t, MINUTE + 5000)).toBe(-5000);
  });

  it('adds a minute to the time left, and after an overrun counts it from now', () => {
    const t = start(createTimer(2 * MINUTE), 0);
    expect(remaining(addTime(t, MINUTE, 30_000), 30_000)).toBe(2.5 * MINUTE);
    // Three minutes in, one minute over: one added minute leaves a full minute.
    const late = addTime(t, MINUTE, 3 * MINUTE);
    expect(remaining(late, 3 * MINUTE)).toBe(MINUTE);
    expect(isFinished(late, 3 * MINUTE)).toBe(false);
  });

  it('never lets the duration fall below zero', () => {
    expect(addTime(createTimer(MINUTE), -5 * MINUTE, 0).durationMs).toBe(0);
  });

  it('resets to the full time, paused, or to a new duration', () => {
    const t = pause(start(createTimer(3 * MINUTE), 0), MINUTE);
    expect(reset(t)).toEqual({ durationMs: 3 * MINUTE, elapsedMs: 0, startedAt: null });
    expect(reset(t, 7 * MINUTE).durationMs).toBe(7 * MINUTE);
  });

  it('rejects a negative or non-numeric duration', () => {
    expect(() => createTimer(-1)).toThrow(RangeError);
    expect(() => createTimer(Number.NaN)).toThrow(RangeError);
  });

  it('detects the moment the time runs out', () => {
    const t = start(createTimer(MINUTE), 0);
    expect(ranOutBetween(t, 0, 59_000)).toBe(false);
    expect(ranOutBetween(t, 59_000, 60_000)).toBe(true);
    expect(ranOutBetween(t, 60_000, 61_000)).toBe(false);
  });
});

describe('formatting', () => {
  it('shows minutes and seconds, rounding up so 0:00 means time is up', () => {
    expect(formatClock(5 * MINUTE)).toBe('5:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(400)).toBe('0:01');
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(-500)).toBe('0:00');
    expect(formatClock(-80_000)).toBe('+1:20');
    expect(formatClock(75 * MINUTE)).toBe('75:00');
  });

  it('speaks the time in words', () => {
    expect(spokenClock(65_000)).toBe('1 minute 5 seconds left');
    expect(spokenClock(2 * MINUTE)).toBe('2 minutes left');
    expect(spokenClock(1000)).toBe('1 second left');
    expect(spokenClock(0)).toBe('Time is up');
  });
});

describe('Countdown with an injected clock', () => {
  it('runs, pauses, adds a minute and resets against the clock', () => {
    const clock = fakeClock();
    const c = new Countdown(2 * MINUTE, clock);
    c.start();
    clock.advance(30_000);
    expect(c.remaining()).toBe(90_000);
    c.pause();
    clock.advance(10 * MINUTE);
    expect(c.remaining()).toBe(90_000);
    expect(c.started).toBe(true);
    c.addMinute();
    expect(c.remaining()).toBe(150_000);
    c.reset();
    expect(c.remaining()).toBe(2 * MINUTE);
    expect(c.running).toBe(false);
    expect(c.started).toBe(false);
  });

  it('undoes a reset: a running timer keeps the time that passed since', () => {
    const clock = fakeClock();
    const c = new Countdown(5 * MINUTE, clock);
    c.start();
    clock.advance(MINUTE);
    const before = c.state;
    c.reset();
    expect(c.remaining()).toBe(5 * MINUTE);
    clock.advance(10_000);
    c.restore(before);
    expect(c.running).toBe(true);
    expect(c.remaining()).toBe(5 * MINUTE - 70_000);
  });

  it('reports the run-out exactly once per run-out, however irregular the ticks', () => {
    const clock = fakeClock();
    const c = new Countdown(MINUTE, clock);
    c.start();
    const outs: number[] = [];
    for (let i = 0; i < 200; i++) {
      clock.advance(i % 3 === 0 ? 1700 : 300);
      if (c.poll()) outs.push(i);
    }
    expect(outs).toHaveLength(1);
    expect(c.finished()).toBe(true);
    // Another minute, and it can run out again.
    c.addMinute();
    expect(c.finished()).toBe(false);
    clock.advance(MINUTE + 1);
    expect(c.poll()).toBe(true);
    expect(c.poll()).toBe(false);
  });

  it('still reports a run-out when a button is pressed before the next tick', () => {
    const clock = fakeClock();
    const c = new Countdown(MINUTE, clock);
    c.start();
    clock.advance(MINUTE + 200);
    c.pause();
    expect(c.poll()).toBe(true);
  });

  it('does not report a run-out that a reset cleared', () => {
    const clock = fakeClock();
    const c = new Countdown(MINUTE, clock);
    c.start();
    clock.advance(MINUTE + 200);
    c.reset(5 * MINUTE);
    expect(c.poll()).toBe(false);
    expect(c.remaining()).toBe(5 * MINUTE);
  });

  it('never reports a run-out while paused with time left', () => {
    const clock = fakeClock();
    const c = new Countdown(MINUTE, clock);
    for (let i = 0; i < 10; i++) {
      clock.advance(MINUTE);
      expect(c.poll()).toBe(false);
    }
  });
});
