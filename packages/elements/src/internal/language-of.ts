/**
 * The language a screen reader reads `node` in: the nearest `lang` above it, looking past shadow
 * roots to their hosts and up to `<html>`. Test-only.
 */
export function languageOf(node: Node): string | undefined {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
    if (at instanceof Element && at.hasAttribute('lang')) return at.getAttribute('lang') ?? undefined;
  }
  return undefined;
}
