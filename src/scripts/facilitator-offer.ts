/**
 * The offer a `?facilitator=1` link makes (page.ts loads this only then): a region at the top
 * of the page that turns the facilitator view on, saving the setting as the About page's
 * checkbox does, or goes away.
 */
import { FACILITATOR_KEY } from '../stores/keys';
import { writeRaw } from '../stores/storage';

export function offerFacilitatorView(showFacilitator: (on: boolean) => void): void {
  const offer = document.createElement('div');
  offer.className = 'facilitator-offer no-print';
  offer.setAttribute('role', 'region');
  offer.setAttribute('aria-label', 'Facilitator view');
  const text = document.createElement('p');
  text.textContent = 'Facilitating? Turn on the facilitator view to see the guide for each activity: timings, grouping and what to listen for.';
  const turnOn = document.createElement('button');
  turnOn.type = 'button';
  turnOn.className = 'primary';
  turnOn.textContent = 'Turn on the facilitator view';
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Not now';
  turnOn.addEventListener('click', () => {
    writeRaw(FACILITATOR_KEY, JSON.stringify(true));
    showFacilitator(true);
    for (const box of document.querySelectorAll<HTMLInputElement>('[data-facilitator-toggle]')) box.checked = true;
    text.textContent = 'The facilitator view is on in this browser. Switch it off in the settings on the About page.';
    text.tabIndex = -1;
    turnOn.remove();
    dismiss.textContent = 'Close';
    text.focus();
  });
  dismiss.addEventListener('click', () => {
    offer.remove();
    document.getElementById('main')?.focus();
  });
  offer.append(text, turnOn, dismiss);
  document.getElementById('main')?.prepend(offer);
}
