/**
 * Presentation mode in the browser: shows one step at a time, runs the step's countdown
 * (src/lib/timer.ts, on the page's clock, which tests replace), announces the end of time,
 * answers the keyboard, and draws the participants' QR code locally (uqr; nothing is sent).
 * One-key shortcuts that are letters or "+" act only when focus is on the presentation itself,
 * never on a link, button or field (WCAG 2.1.4); a reset can be undone; the step buttons at
 * either end are aria-disabled, not disabled, so focus stays on them (a disabled button drops
 * focus to the page).
 */
import { planRun, planStepMinutes, presentHash, readPresentHash, type PlanRun } from '../lib/facilitate/plan-run';
import { drawQr, type QrDrawing } from '../lib/qr';
import { Countdown, formatClock, MINUTE, spokenClock, systemClock, type TimerState } from '../lib/timer';
import { CURRENT_PLAN_KEY } from '../stores/keys';
import { readRaw } from '../stores/storage';

const presentRoot = document.querySelector<HTMLElement>('[data-present]');
if (presentRoot) present(presentRoot);

function present(root: HTMLElement): void {
  const $ = <T extends Element>(sel: string): T => {
    const el = root.querySelector<T>(sel);
    if (!el) throw new Error(`presentation mode: missing ${sel}`);
    return el;
  };
  const steps = [...root.querySelectorAll<HTMLElement>('[data-step]')];
  const side = $<HTMLElement>('[data-side]');
  const nav = $<HTMLElement>('[data-nav]');
  const keys = $<HTMLElement>('[data-keys]');
  const timerBox = $<HTMLElement>('[data-timer]');
  const clockEl = $<HTMLElement>('[data-clock]');
  const stateEl = $<HTMLElement>('[data-state]');
  const toggleBtn = $<HTMLButtonElement>('[data-toggle]');
  const addBtn = $<HTMLButtonElement>('[data-add]');
  const resetBtn = $<HTMLButtonElement>('[data-reset]');
  const undoResetBtn = $<HTMLButtonElement>('[data-undo-reset]');
  const prevBtn = $<HTMLButtonElement>('[data-prev]');
  const nextBtn = $<HTMLButtonElement>('[data-next]');
  const fullBtn = $<HTMLButtonElement>('[data-fullscreen]');
  const joinBtn = $<HTMLButtonElement>('[data-join-toggle]');
  const joinPanel = $<HTMLElement>('[data-join-panel]');
  const alertEl = $<HTMLElement>('[data-alert]');
  const statusEl = $<HTMLElement>('[data-status]');
  const exitHref = root.dataset['exit'] ?? '../';
  if (steps.length === 0) return;

  const minutesOf = (i: number) => Number(steps[i]?.dataset['minutes'] ?? 0);
  const address = readPresentHash(location.hash);
  const run = fromPlan(address.item);
  const nextLabel = $<HTMLElement>('[data-next-label]');
  let index = Math.min(steps.length - 1, Math.max(0, (address.step ?? 1) - 1));
  const timer = new Countdown(minutesOf(index) * MINUTE, systemClock);
  let ticking: ReturnType<typeof setInterval> | undefined;
  /** The timer as it was before the last reset, while that reset can be undone. */
  let beforeReset: TimerState | undefined;
  let lastShown = '';

  document.body.classList.add('js-present');
  side.hidden = false;
  nav.hidden = false;
  keys.hidden = false;

  function say(el: HTMLElement, text: string): void {
    // The same words twice in a row must still count as a change to be announced again.
    el.textContent = el.textContent === text ? `${text}\u00a0` : text;
  }

  function render(): void {
    const left = timer.remaining();
    const shown = formatClock(left);
    if (shown !== lastShown) {
      clockEl.textContent = shown;
      lastShown = shown;
    }
    const over = left <= 0;
    timerBox.classList.toggle('time-up', over);
    timerBox.classList.toggle('running', timer.running && !over);
    stateEl.textContent = over ? 'Time is up' : timer.running ? 'Running' : timer.started ? 'Paused' : 'Ready';
    toggleBtn.textContent = timer.running ? 'Pause' : timer.started ? 'Resume' : 'Start';
  }

  function tick(): void {
    if (timer.poll()) {
      const step = steps[index];
      say(alertEl, `Time is up for step ${index + 1}: ${step?.dataset['title'] ?? ''}.`);
    }
    render();
  }

  function setTicking(on: boolean): void {
    if (on && ticking === undefined) ticking = setInterval(tick, 250);
    if (!on && ticking !== undefined) {
      clearInterval(ticking);
      ticking = undefined;
    }
  }

  /**
   * Opened from a session plan: the plan's minutes for this activity (its step times as set by
   * hand in the planner, or the guide's scaled to the plan's minutes), a
   * line naming the plan, and the plan's next activity after the last step.
   */
  function fromPlan(item: number | undefined): (PlanRun & { nextName?: string; nextHref?: string }) | undefined {
    if (!item) return undefined;
    let names: Record<string, { name: string; present?: string } | undefined> = {};
    try {
      names = JSON.parse(root.dataset['planNames'] ?? '{}') as typeof names;
    } catch {
      // Without names the plan still sets the times; the next activity goes unnamed.
    }
    const nameOf = (kind: string, id: string) => (Object.hasOwn(names, `${kind}/${id}`) ? names[`${kind}/${id}`] : undefined);
    const found = planRun(readRaw(CURRENT_PLAN_KEY), item, root.dataset['kind'] ?? '', root.dataset['id'] ?? '', (k, id) => nameOf(k, id)?.name);
    if (!found) return undefined;
    const guide = steps.map((_, i) => minutesOf(i));
    const planned = planStepMinutes(found, guide);
    steps.forEach((step, i) => {
      step.dataset['minutes'] = String(planned.minutes[i]);
      const label = step.querySelector('[data-step-minutes]');
      if (label) label.textContent = `${planned.minutes[i]} min`;
    });
    const guideTotal = guide.reduce((a, b) => a + b, 0);
    const total = planned.minutes.reduce((a, b) => a + b, 0);
    const count = root.querySelector('[data-step-count]');
    const notes = [planned.byHand ? 'step times set in the plan' : '', total === guideTotal ? '' : `the guide gives ${guideTotal}`].filter(Boolean);
    if (count) count.textContent = `${steps.length} steps, ${total} minutes in all${notes.length ? ` (${notes.join('; ')})` : ''}`;
    const line = root.querySelector<HTMLElement>('[data-plan-line]');
    const next = found.next && nameOf(found.next.kind, found.next.id);
    if (line) {
      const planLink = document.createElement('a');
      planLink.href = root.dataset['planHref'] ?? '/';
      planLink.textContent = found.planTitle ? `“${found.planTitle}”` : 'your session plan';
      const then = found.next
        ? `. Next: ${[...found.next.between.map((b) => `${b.title} (${b.minutes} min)`), `${next?.name ?? 'the next activity'} (${found.next.minutes} min)`].join(', then ')}.`
        : '. The last activity in the plan.';
      line.replaceChildren(`Item ${found.item} of ${found.items} in `, planLink, `, ${found.plannedMinutes} of ${found.sessionMinutes} minutes planned${then}`);
      line.hidden = false;
    }
    return {
      ...found,
      ...(next ? { nextName: next.name } : {}),
      ...(next?.present && found.next ? { nextHref: `${next.present}${presentHash(found.next.item, 1)}` } : {}),
    };
  }

  /** After the last step of an activity run from a plan: the plan's next activity. */
  function goNext(): void {
    if (index < steps.length - 1) show(index + 1, true);
    else if (run?.nextHref) location.assign(run.nextHref);
    else say(statusEl, `This is the last step, ${index + 1} of ${steps.length}.`);
  }
  /** At the first step, nothing moves (and the timer is not reset). */
  function goPrevious(): void {
    if (index > 0) show(index - 1, true);
    else say(statusEl, `This is the first step.`);
  }

  function show(i: number, announce: boolean): void {
    index = Math.min(steps.length - 1, Math.max(0, i));
    steps.forEach((s, n) => (s.hidden = n !== index));
    // From here on the steps' hidden attributes say which shows (until now the page's styles did).
    steps[0]?.parentElement?.setAttribute('data-ready', '');
    const step = steps[index];
    const last = index === steps.length - 1;
    prevBtn.setAttribute('aria-disabled', String(index === 0));
    nextBtn.setAttribute('aria-disabled', String(last && !run?.nextHref));
    nextLabel.textContent = last && run?.nextHref ? `Next in the plan: ${run.nextName ?? 'the next activity'}` : 'Next step';
    timer.reset(minutesOf(index) * MINUTE);
    setTicking(false);
    forgetReset();
    lastShown = '';
    render();
    // The step is kept in the address (#step=2) so a reload stays on it.
    history.replaceState(null, '', presentHash(run?.item, index + 1));
    if (announce && step)
      say(statusEl, `Step ${index + 1} of ${steps.length}: ${step.dataset['title']}. ${step.dataset['grouping']}, ${minutesOf(index)} minutes.`);
  }

  function toggleTimer(): void {
    forgetReset();
    timer.toggle();
    setTicking(timer.running);
    tick();
    say(statusEl, timer.running ? `Timer running: ${spokenClock(timer.remaining())}.` : `Timer paused: ${spokenClock(timer.remaining())}.`);
  }
  function addMinute(): void {
    forgetReset();
    timer.addMinute();
    tick();
    say(statusEl, `One minute added: ${spokenClock(timer.remaining())}.`);
  }
  function resetTimer(): void {
    const before = timer.state;
    timer.reset();
    setTicking(false);
    render();
    // Only a reset that changed something has something to undo.
    if (JSON.stringify(before) !== JSON.stringify(timer.state)) {
      beforeReset = before;
      undoResetBtn.hidden = false;
      say(statusEl, `Timer reset to ${minutesOf(index)} minutes. Undo reset is next to Reset.`);
    } else say(statusEl, `Timer reset to ${minutesOf(index)} minutes.`);
  }
  function undoReset(): void {
    if (!beforeReset) return;
    const hadFocus = document.activeElement === undoResetBtn;
    timer.restore(beforeReset);
    forgetReset();
    setTicking(timer.running);
    tick();
    // The button goes away: focus moves to its neighbour, not to the page.
    if (hadFocus) resetBtn.focus();
    say(statusEl, `Reset undone: ${spokenClock(timer.remaining())}${timer.running ? ', running' : ''}.`);
  }
  function forgetReset(): void {
    beforeReset = undefined;
    if (undoResetBtn.hidden) return;
    const hadFocus = document.activeElement === undoResetBtn;
    undoResetBtn.hidden = true;
    if (hadFocus) resetBtn.focus();
  }

  async function toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      say(statusEl, 'Full screen is not available in this browser. Try the browser’s own full-screen key (often F11).');
    }
  }
  function syncFullscreen(): void {
    fullBtn.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
  }
  function toggleJoin(): void {
    joinPanel.hidden = !joinPanel.hidden;
    joinBtn.setAttribute('aria-expanded', String(!joinPanel.hidden));
  }

  toggleBtn.addEventListener('click', toggleTimer);
  addBtn.addEventListener('click', addMinute);
  resetBtn.addEventListener('click', resetTimer);
  undoResetBtn.addEventListener('click', undoReset);
  prevBtn.addEventListener('click', goPrevious);
  nextBtn.addEventListener('click', goNext);
  fullBtn.addEventListener('click', () => void toggleFullscreen());
  joinBtn.addEventListener('click', toggleJoin);
  document.addEventListener('fullscreenchange', syncFullscreen);

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
    const onControl = Boolean(target?.closest('button, a, summary, [role="button"], [tabindex]:not([tabindex="-1"])'));
    // Letters and "+" are typed keys: on a link or button they are not the presenter's (WCAG 2.1.4).
    if (onControl && e.key.length === 1 && e.key !== ' ') return;
    switch (e.key) {
      case 'ArrowRight':
      case 'PageDown':
        e.preventDefault();
        goNext();
        break;
      case 'ArrowLeft':
      case 'PageUp':
        e.preventDefault();
        goPrevious();
        break;
      case ' ':
      case 'Spacebar':
        // On a button, Space presses that button, as everywhere else.
        if (onControl) return;
        e.preventDefault();
        toggleTimer();
        break;
      case 'f':
      case 'F':
        e.preventDefault();
        void toggleFullscreen();
        break;
      case '+':
      case '=':
        e.preventDefault();
        addMinute();
        break;
      case 'r':
      case 'R':
        e.preventDefault();
        resetTimer();
        break;
      case 'q':
      case 'Q':
        e.preventDefault();
        toggleJoin();
        break;
      case 'Escape':
        // In full screen the browser leaves full screen itself; otherwise Esc leaves the presentation.
        if (document.fullscreenElement) void document.exitFullscreen();
        else location.assign(exitHref);
        break;
    }
  });

  show(index, false);
  void drawJoinCode();

  async function drawJoinCode(): Promise<void> {
    const link = root.querySelector<HTMLAnchorElement>('[data-join-link]');
    const box = root.querySelector<HTMLElement>('[data-qr]');
    if (!link || !box) return;
    const target = new URL(root.dataset['join'] ?? link.getAttribute('href') ?? '/', location.href);
    link.href = target.href;
    link.textContent = `${target.host}${target.pathname}`;
    try {
      box.replaceChildren(qrSvg(await drawQr(target.href)));
    } catch {
      // Without a code the link text above still works.
    }
  }
}

/** The code as an SVG, built with DOM methods (no markup strings). */
function qrSvg({ text, size, path: d }: QrDrawing): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('width', String(size * 6));
  svg.setAttribute('height', String(size * 6));
  const title = document.createElementNS(ns, 'title');
  title.textContent = `QR code that opens ${text}`;
  svg.append(title);
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(path);
  return svg;
}
