import { describe, expect, it } from 'vitest';
import { restorePrerenderedTop, takePrerenderedTop } from './prerendered-top.js';

// A drawing as a page writes it, and the element's own fields drawn in its place (the same ids).
const FIELDS = `<style>:host { display: block }</style><div class="root"><details class="import"><summary>从文本导入</summary></details>
  <input id="f-title" value=""><input id="f-year" type="number" value="2026">
  <select id="f-unit-level"><option value="town" selected>乡镇</option><option value="department">部门</option></select>
  <input id="f-reviewed" type="checkbox"></div>`;

function drawnRoot(): ShadowRoot {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = FIELDS;
  return root;
}

const field = <T extends Element>(root: ShadowRoot, id: string) => root.getElementById(id) as unknown as T;

describe('the form taking over a top drawn before its script', () => {
  it('carries over only what a person changed, by the event each field listens to, with the focus and caret', () => {
    const root = drawnRoot();
    field<HTMLInputElement>(root, 'f-title').value = '东河镇2024年报告';
    field<HTMLSelectElement>(root, 'f-unit-level').value = 'department';
    field<HTMLInputElement>(root, 'f-reviewed').checked = true;
    root.querySelector('details')?.setAttribute('open', '');
    field<HTMLInputElement>(root, 'f-title').focus();
    field<HTMLInputElement>(root, 'f-title').setSelectionRange(2, 4);

    const taken = takePrerenderedTop(root);
    expect(root.childNodes.length).toBe(0);
    expect(taken?.changed.map((changed) => changed.id)).toEqual(['f-title', 'f-unit-level', 'f-reviewed']);

    // The element's own render: the year of today (not the drawing's), listeners on each field.
    root.innerHTML = FIELDS.replace('value="2026"', 'value="2027"');
    const heard: string[] = [];
    for (const type of ['input', 'change'])
      root.addEventListener(type, (event) =>
        heard.push(`${type} ${(event.target as Element).id}, focus on ${root.activeElement?.id}`),
      );
    restorePrerenderedTop(root, taken ?? { changed: [], focus: undefined, importOpen: false });

    expect(field<HTMLInputElement>(root, 'f-title').value).toBe('东河镇2024年报告');
    expect(field<HTMLInputElement>(root, 'f-year').value).toBe('2027');
    expect(field<HTMLSelectElement>(root, 'f-unit-level').value).toBe('department');
    expect(field<HTMLInputElement>(root, 'f-reviewed').checked).toBe(true);
    // Focus back first: what listens to the values sees where the person is.
    expect(heard).toEqual([
      'input f-title, focus on f-title',
      'change f-unit-level, focus on f-title',
      'change f-reviewed, focus on f-title',
    ]);
    expect(root.activeElement?.id).toBe('f-title');
    const title = field<HTMLInputElement>(root, 'f-title');
    expect([title.selectionStart, title.selectionEnd]).toEqual([2, 4]);
    expect(root.querySelector('details')?.open).toBe(true);
  });

  it('puts nothing into a field the element draws disabled or read-only, and focus back before the values', () => {
    const root = drawnRoot();
    field<HTMLInputElement>(root, 'f-title').value = '在禁用的表单里打的字';
    field<HTMLSelectElement>(root, 'f-unit-level').value = 'department';
    field<HTMLInputElement>(root, 'f-title').focus();
    const taken = takePrerenderedTop(root);
    root.innerHTML = FIELDS.replace('<input id="f-title" value="">', '<input id="f-title" value="" readonly>').replace(
      '<select id="f-unit-level">',
      '<select id="f-unit-level" disabled>',
    );
    const heard: string[] = [];
    for (const type of ['input', 'change'])
      root.addEventListener(type, () => heard.push(`${type} focus on ${root.activeElement?.id}`));
    restorePrerenderedTop(root, taken ?? { changed: [], focus: undefined, importOpen: false });
    expect(field<HTMLInputElement>(root, 'f-title').value).toBe('');
    expect(field<HTMLSelectElement>(root, 'f-unit-level').value).toBe('town');
    expect(heard).toEqual([]);
    expect(root.activeElement?.id).toBe('f-title');
  });

  it('leaves an empty root to the element (nothing drawn, nothing taken)', () => {
    const host = document.createElement('div');
    expect(takePrerenderedTop(host.attachShadow({ mode: 'open' }))).toBeUndefined();
  });

  it('leaves the styles Lit put in a root with no drawing (a browser that adopts no stylesheet)', () => {
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    root.innerHTML = '<style>:host { display: block }</style><style>.field { margin: 0 }</style>';
    expect(takePrerenderedTop(root)).toBeUndefined();
    expect(root.querySelectorAll('style').length).toBe(2);
  });

  it('takes the drawing only, not what Lit put after it', () => {
    const root = drawnRoot();
    root.append(document.createElement('style'));
    takePrerenderedTop(root);
    expect([...root.childNodes].map((node) => node.nodeName)).toEqual(['STYLE']);
  });
});
