import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProject } from './typecheck-project.js';

// What npm would publish: each package packed into its tarball, as `npm run release` does, then
// checked by publint (package.json against the files) and are-the-types-wrong (the types each
// entry point resolves to, in Node's ESM and in bundlers; the packages are ESM only).
const run = promisify(execFile);
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const packages = ['core', 'elements', 'cli', 'server'] as const;

let dir: string;
const tarballs = new Map<string, { file: string; files: string[] }>();

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'law-report-pack-'));
  for (const name of packages) {
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], {
      cwd: join(root, 'packages', name),
    });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    if (!packed) throw new Error(`npm pack gave nothing for ${name}`);
    tarballs.set(name, { file: join(dir, packed.filename), files: packed.files.map((file) => file.path) });
  }
}, 120_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(packages)('@law-report/%s as packed', (name) => {
  it('passes publint, warnings included', async () => {
    const tarball = tarballs.get(name);
    const { stdout } = await run(bin('publint'), ['run', tarball?.file ?? '', '--strict'], { cwd: root });
    expect(stdout).toContain('All good!');
  });

  it('passes are-the-types-wrong for ESM', async () => {
    const tarball = tarballs.get(name);
    // Exits non-zero on any problem; the table goes to the error message then.
    await expect(
      run(bin('attw'), [tarball?.file ?? '', '--profile', 'esm-only', '--format', 'table-flipped', '--no-color'], {
        cwd: root,
      }),
    ).resolves.toBeDefined();
  });

  it('carries its built files and no sources or tests', () => {
    const files = tarballs.get(name)?.files ?? [];
    expect(files).toContain('package.json');
    expect(files.some((file) => file.startsWith('dist/') && file.endsWith('.d.ts'))).toBe(true);
    expect(files.filter((file) => file.startsWith('src/') || file.includes('.test.'))).toEqual([]);
    if (name === 'elements')
      expect(files).toEqual(
        expect.arrayContaining([
          'dist/law-report-elements.js',
          'custom-elements.json',
          'dist/react.d.ts',
          'dist/vue.d.ts',
        ]),
      );
    if (name === 'elements') {
      // The embed file is importable by its name (`@law-report/elements/law-report-elements.js`), not only by path.
      const manifest = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8')) as {
        exports: Record<string, { import?: string }>;
      };
      expect(manifest.exports['./law-report-elements.js']?.import).toBe('./dist/law-report-elements.js');
    }
    if (name === 'core') expect(files).toEqual(expect.arrayContaining(['schema.json', 'catalog.json']));
    if (name === 'cli') expect(files).toContain('bin/law-report.js');
  });
});

describe('a portal project on the packed packages', () => {
  it('type-checks its React 19 page and Vue code with the elements’ JSX and GlobalComponents types, skipLibCheck off', async () => {
    // tests/consumer with a node_modules of its own: core and elements from their tarballs, every
    // other package (lit, zod, react, vue…) linked from the repository's.
    const project = join(dir, 'portal');
    const modules = join(project, 'node_modules');
    mkdirSync(join(modules, '@law-report'), { recursive: true });
    for (const entry of readdirSync(join(root, 'node_modules'))) {
      if (entry !== '@law-report' && entry !== '.bin')
        symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
    }
    for (const name of ['core', 'elements'] as const) {
      const target = join(modules, '@law-report', name);
      mkdirSync(target);
      await run('tar', ['-xzf', tarballs.get(name)?.file ?? '', '-C', target, '--strip-components=1']);
    }
    for (const file of ['tsconfig.json', 'react-page.tsx', 'vue-page.ts'])
      cpSync(join(root, 'tests', 'consumer', file), join(project, file));
    const { files, diagnostics } = checkProject(join(project, 'tsconfig.json'));
    expect(files).toHaveLength(2);
    expect(diagnostics).toEqual([]);
  }, 120_000);
});
