import { prerenderForm } from '@law-report/elements/prerender';
import type { Plugin } from 'vite';

// A page's empty <law-report-form …></law-report-form>, its attributes in double quotes as the portal's pages write them.
const EMPTY_FORM = /<law-report-form((?: [a-z][a-z0-9-]*="[^"<>]*")*)><\/law-report-form>/;
const ATTRIBUTE = / ([a-z][a-z0-9-]*)="([^"<>]*)"/g;
// The value as it reads once parsed (prerenderForm escapes it again): the entities a page writes in one.
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const unescaped = (value: string) =>
  value.replace(/&(?:#(\d{1,7})|([a-z]{2,4}));/g, (entity, code?: string, name?: string) =>
    code ? (Number(code) <= 0x10ffff ? String.fromCodePoint(Number(code)) : entity) : (ENTITIES[name ?? ''] ?? entity),
  );

/**
 * The county portal's form page with the form's top drawn into its HTML (`prerenderForm`), so a clerk
 * on a slow phone can start typing before the script has come; the element takes the drawing over,
 * keeping what was typed. Once per build (or per start of the dev server) for each set of attributes.
 */
export function prerenderedForm(): Plugin {
  const drawn = new Map<string, Promise<string>>();
  return {
    name: 'law-report:prerendered-form',
    async transformIndexHtml(html) {
      const found = EMPTY_FORM.exec(html);
      if (!found) return html;
      const attributes = Object.fromEntries(
        [...(found[1] ?? '').matchAll(ATTRIBUTE)].map(([, name = '', value = '']) => [name, unescaped(value)]),
      );
      const key = JSON.stringify(attributes);
      let form = drawn.get(key);
      if (!form) {
        form = prerenderForm({ attributes });
        drawn.set(key, form);
        // A failure is not kept: the next page asked for tries again.
        form.catch(() => drawn.delete(key));
      }
      const element = await form;
      // A function, so that no `$&` or `$'` in the drawing is read as a replacement pattern.
      return html.replace(found[0], () => element);
    },
  };
}
