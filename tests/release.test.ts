import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What `npm run version-packages` would make of the pending changesets, done on a copy of the
// package.json files and .changeset/ so the repository is never touched: the versions that come
// out, as `npm run release` (build, then `changeset publish`) would publish them.
const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const changesetBin = join(dirname(createRequire(import.meta.url).resolve('@changesets/cli/package.json')), 'bin.js');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  workspaces?: string[];
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Manifest;
const rootManifest = read(join(root, 'package.json'));
const workspaces = rootManifest.workspaces ?? [];
const pending = readdirSync(join(root, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md');

let copy: string;
let before: Manifest[];
let after: Manifest[];

beforeAll(async () => {
  copy = mkdtempSync(join(tmpdir(), 'law-report-release-'));
  cpSync(join(root, 'package.json'), join(copy, 'package.json'));
  cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
  for (const workspace of workspaces) {
    mkdirSync(join(copy, workspace), { recursive: true });
    for (const file of ['package.json', 'CHANGELOG.md']) {
      if (existsSync(join(root, workspace, file))) cpSync(join(root, workspace, file), join(copy, workspace, file));
    }
  }
  before = workspaces.map((workspace) => read(join(copy, workspace, 'package.json')));
  await run(process.execPath, [changesetBin, 'version'], { cwd: copy, timeout: 60_000 });
  after = workspaces.map((workspace) => read(join(copy, workspace, 'package.json')));
}, 90_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('a release', () => {
  it('is built, then published by changesets', () => {
    expect(rootManifest.scripts?.['release']).toBe('npm run build && changeset publish');
    expect(rootManifest.scripts?.['version-packages']).toMatch(/^changeset version\b/);
  });

  it('versions every published package together, each depending on the others’ exact new version', () => {
    const published = after.filter((manifest) => !manifest.private);
    expect(published.map((manifest) => manifest.name).sort()).toEqual([
      '@law-report/cli',
      '@law-report/core',
      '@law-report/elements',
      '@law-report/server',
    ]);
    const versions = new Set(published.map((manifest) => manifest.version));
    expect(versions.size).toBe(1);
    const [version] = versions;
    if (pending.length > 0) expect(version).not.toBe(before[0]?.version);
    for (const manifest of published) {
      for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
        if (name.startsWith('@law-report/'))
          expect(`${manifest.name} → ${name}@${range}`).toBe(`${manifest.name} → ${name}@${version}`);
      }
    }
  });

  it('consumes every pending changeset into each package’s CHANGELOG.md under the new version', () => {
    expect(
      readdirSync(join(copy, '.changeset')).filter((file) => file.endsWith('.md') && file !== 'README.md'),
    ).toEqual([]);
    for (const [index, workspace] of workspaces.entries()) {
      const changelog = readFileSync(join(copy, workspace, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${after[index]?.version}`);
    }
  });
});
