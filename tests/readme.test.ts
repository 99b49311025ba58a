import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The README's code examples, run as a reader would paste them.
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const fixtures = fileURLToPath(new URL('../packages/core/src/testing/fixtures/', import.meta.url));
const scratch = new URL('./.readme/', import.meta.url);

function snippet(heading: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const match = /```ts\n([\s\S]*?)```/.exec(section);
  if (!match?.[1]) throw new Error(`README: no ts block after "${heading}"`);
  return match[1];
}

async function runSnippet(name: string, code: string): Promise<void> {
  mkdirSync(scratch, { recursive: true });
  const file = new URL(`${name}.ts`, scratch);
  writeFileSync(file, code);
  await import(/* @vite-ignore */ fileURLToPath(file));
}

afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
  process.exitCode = 0;
});

// The snippets compile as a reader's project compiles them: strict, with the repository's settings.
function typeErrors(code: string): string[] {
  const root = fileURLToPath(new URL('../', import.meta.url));
  const file = `${root}tests/.readme-typecheck.ts`;
  const config = ts.readConfigFile(`${root}tsconfig.json`, (path) => ts.sys.readFile(path));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const host = ts.createCompilerHost({ ...options, types: ['node'], strict: true, noEmit: true });
  const read = host.readFile.bind(host);
  host.readFile = (path) => (path === file ? code : read(path));
  const exists = host.fileExists.bind(host);
  host.fileExists = (path) => path === file || exists(path);
  const program = ts.createProgram([file], { ...options, types: ['node'], strict: true, noEmit: true }, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('README', () => {
  it('has import and validate snippets that compile under strict', () => {
    expect(typeErrors(`declare const text: string;\n${snippet('## Import a free-text report')}\nexport {};`)).toEqual(
      [],
    );
    expect(typeErrors(`${snippet('## Validate a report')}\nexport {};`)).toEqual([]);
  }, 60_000);

  it('validates a report from code as shown', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await runSnippet(
      'validate',
      snippet('## Validate a report').replace("'beiliu-2023.json'", JSON.stringify(`${fixtures}beiliu-2023.json`)),
    );
    expect(process.exitCode).toBe(0);
    expect(log).toHaveBeenCalledWith(
      'warning',
      'sections',
      '缺少法定内容「其他需要报告的情况」。如已写这一部分，请把它的章节类型选为「其他需要报告的情况」。',
    );
    log.mockRestore();
  });

  it('imports and renders as shown', async () => {
    const code = `import { readFileSync } from 'node:fs';\nconst text = readFileSync(${JSON.stringify(`${fixtures}beiliu-2023.txt`)}, 'utf8');\n${snippet('## Import a free-text report')}\nexport { report, html };`;
    await runSnippet('import', code);
    const module = (await import(/* @vite-ignore */ fileURLToPath(new URL('import.ts', scratch)))) as {
      report: { metrics: { indicator: string }[] };
      html: string;
    };
    expect(module.report.metrics[0]?.indicator).toBe('normativeDocs.filed');
    expect(module.html).toContain('<h1>北留镇2023年法治政府建设工作情况的报告</h1>');
  });
});
