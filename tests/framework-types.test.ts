import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkProject } from './typecheck-project.js';

// A portal's project (tests/consumer: strict, `skipLibCheck: false`) that types the elements in
// React 19 JSX and Vue's GlobalComponents with `@law-report/elements/react` and `/vue`. Every
// diagnostic counts, those in declaration files too, and each `@ts-expect-error` in it must meet
// its error: a number as `report` is refused, events arrive as the elements' event classes.
// tests/packaging.test.ts checks the same project against the packed packages.
const project = fileURLToPath(new URL('./consumer/tsconfig.json', import.meta.url));

describe('@law-report/elements/react and /vue in a strict project with skipLibCheck off', () => {
  it('type-check a React 19 page and Vue code, refusing a number as report and an event of another class', () => {
    // The workspace packages from source, as every test here reads them (no build first).
    const { files, diagnostics } = checkProject(project, { customConditions: ['@law-report/source'] });
    expect(files.map((file) => file.replace(/^.*\//, '')).sort()).toEqual(['react-page.tsx', 'vue-page.ts']);
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
