/**
 * Opens search from every page: the header's Search link, `/` (when not typing in a field)
 * and Ctrl/Cmd+K. The dialog is already in the page's HTML, so it opens at once; the search
 * code (search-ui.ts) and the Pagefind index load only now, on first open. Pages pay a few
 * hundred bytes for this file and nothing else until the learner asks to search.
 */
type SearchUi = typeof import('./search-ui');

let ui: Promise<SearchUi> | undefined;
const loadUi = (): Promise<SearchUi> => (ui ??= import('./search-ui').catch((error: unknown) => ((ui = undefined), Promise.reject(error))));

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function focusField(root: ParentNode): void {
  const input = root.querySelector<HTMLInputElement>('input[name="q"]');
  input?.focus();
  input?.select();
}

function openSearch(): void {
  // On the search page itself, the page's own field is the search.
  const page = document.querySelector<HTMLElement>('[data-search-page] [data-search-root]');
  if (page) return focusField(page);
  const dialog = document.querySelector<HTMLDialogElement>('dialog[data-search-dialog]');
  const root = dialog?.querySelector<HTMLElement>('[data-search-root]');
  const link = document.querySelector<HTMLAnchorElement>('a[data-search-open]');
  if (!dialog || !root || typeof dialog.showModal !== 'function') {
    if (link) window.location.assign(link.href);
    return;
  }
  if (!dialog.open) dialog.showModal();
  focusField(root);
  loadUi().then(
    (m) => m.mountSearch(root, { dialog }),
    () => {
      const status = root.querySelector('[data-search-status]');
      if (status) status.textContent = 'Search could not load. Check your connection, then close this and try again.';
    },
  );
}

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-search-open]') : null;
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openSearch();
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const modifier = event.ctrlKey || event.metaKey;
  if (modifier && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    openSearch();
  } else if (event.key === '/' && !modifier && !event.altKey && !isTyping(event.target)) {
    event.preventDefault();
    openSearch();
  }
});

// Fetch the search code (not the index) as soon as the learner reaches for the link.
for (const link of document.querySelectorAll('a[data-search-open]')) {
  for (const type of ['pointerenter', 'focus']) link.addEventListener(type, () => void loadUi().catch(() => undefined), { once: true });
}
