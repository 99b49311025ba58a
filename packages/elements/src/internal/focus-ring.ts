/** The two colours of a focus indicator as drawn, and whether the outer one shows past the inner. Test-only. */
export interface FocusRing {
  /** The outline, next to the control. */
  readonly inner: string;
  /** The ring around the outline (a box-shadow), `undefined` when there is none. */
  readonly outer: string | undefined;
  /** The outer ring is wider than the outline and its offset, so both colours are seen. */
  readonly bothShow: boolean;
}

/**
 * The focus indicator `element` shows, read from its computed style: the outline colour and the
 * colour of a spread box-shadow around it. Test-only.
 */
export function focusRing(element: Element): FocusRing {
  const style = getComputedStyle(element);
  const outline =
    style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
  // Computed box-shadow: `rgb(255, 221, 0) 0px 0px 0px 6px`.
  const shadow = /^(rgba?\([^)]*\)) 0px 0px \S+ (\d+(?:\.\d+)?)px$/.exec(style.boxShadow);
  const spread = shadow ? Number(shadow[2]) : 0;
  return { inner: style.outlineColor, outer: shadow?.[1], bothShow: outline > 0 && spread > outline };
}

/**
 * The WCAG contrast ratio of two CSS colours given as `rgb(…)` (what computed styles give).
 *
 * @example contrast('rgb(255, 255, 255)', 'rgb(0, 0, 0)') // 21
 */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

function luminance(colour: string): number {
  const channels = /rgba?\((\d+), (\d+), (\d+)/.exec(colour);
  if (!channels) throw new Error(`contrast: not an rgb() colour: ${colour}`);
  const [r, g, b] = channels.slice(1, 4).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
