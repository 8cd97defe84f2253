/**
 * Links to copy (the facilitator hub's link for a co-facilitator): the address this copy of the
 * course is served from replaces the built one (a course run under another host or path), and
 * "Copy link" puts it on the clipboard, or selects it to copy by hand where the clipboard is
 * refused (a page served over plain http).
 */
for (const el of document.querySelectorAll<HTMLElement>('[data-absolute-link]')) {
  const built = el instanceof HTMLInputElement ? el.value : (el.textContent ?? '');
  const here = new URL(new URL(built).pathname + new URL(built).search, location.href);
  if (el instanceof HTMLInputElement) el.value = here.href;
  else el.textContent = here.href;
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  const field = document.getElementById(button.dataset['copy'] ?? '');
  const status = button.closest('.row')?.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!(field instanceof HTMLInputElement)) continue;
  button.addEventListener('click', () => {
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    // Promise.resolve: where the clipboard API is missing, the call throws rather than rejects.
    Promise.resolve()
      .then(() => navigator.clipboard.writeText(field.value))
      .then(
        () => say('Link copied. Paste it into your message.'),
        () => {
          field.focus();
          field.select();
          say('Your browser did not allow copying. The link is selected: copy it with your keyboard or the Edit menu.');
        },
      );
  });
}
