/**
 * Registers `tag` unless something already has: two copies of the embed script on one
 * page must not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
