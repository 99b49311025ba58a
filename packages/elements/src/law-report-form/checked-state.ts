import { noChange, nothing } from 'lit';
import { Directive, directive, type ElementPart, type PartInfo, PartType } from 'lit/directive.js';

class CheckedStateDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('checkedState() goes on a checkbox element, not in an attribute or as its content');
  }

  render(_checked: boolean): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [checked]: [boolean]): typeof noChange {
    const box = part.element as HTMLInputElement;
    // As `live` does: the box as the report says, whatever was clicked since.
    if (box.checked !== checked) box.checked = checked;
    return noChange;
  }
}

/**
 * A checkbox's checked state, kept as `.checked=${live(…)}` keeps it, on the element itself. The server
 * renderer (prerender-form.ts) writes a `.checked` binding as `checked="false"`, which checks the box in a
 * page drawn before the script: a server runs no element directive, so the box there is drawn by a
 * `?checked` beside this one.
 *
 * @example html`<input type="checkbox" ?checked=${on} ${checkedState(on)} />`
 */
export const checkedState = directive(CheckedStateDirective);
