/**
 * Runs `change` (something put in the page or taken from it) and scrolls by as much as it moved the focused
 * field, so what a person is typing in stays where it is on the screen. A browser holds the view itself only once
 * the page is scrolled; on a phone the form's top is typed in at the top of the page, before the page's script
 * has put the unit's name in the heading or the token's field above it.
 *
 * @example withFocusInPlace(() => slot.replaceChildren(tokenForm));
 */
export function withFocusInPlace(change: () => void): void {
  const focused = document.activeElement;
  const before = focused && focused !== document.body ? focused.getBoundingClientRect().top : undefined;
  change();
  if (focused && before !== undefined) window.scrollBy(0, focused.getBoundingClientRect().top - before);
}
