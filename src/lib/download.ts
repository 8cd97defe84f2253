/** Offer text as a file download; nothing leaves the device. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const today = () => new Date().toISOString().slice(0, 10);

/** Why a file could not be made, in words for the learner (the cause goes in brackets). */
export function fileFailure(what: string, error: unknown): string {
  const cause = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The ${what} could not be made${cause}. Nothing was lost: your answers are still here. Try again, or reload the page and try again.`;
}
