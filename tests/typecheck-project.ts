import ts from 'typescript';

/** What type-checking a project found: its own files and every diagnostic, one line each. */
export interface ProjectCheck {
  readonly files: readonly string[];
  readonly diagnostics: readonly string[];
}

/**
 * Type-checks the TypeScript project of `tsconfig` as `tsc -p` would, declaration files included
 * unless it says `skipLibCheck`, and returns every diagnostic with the file it is in (relative
 * to `packages/`, `tests/` or `node_modules/` when it is under one).
 *
 * @param options - compiler options over the project's own, e.g. `customConditions` to read workspaces from source
 * @example expect(checkProject('tests/consumer/tsconfig.json').diagnostics).toEqual([])
 */
export function checkProject(tsconfig: string, options: ts.CompilerOptions = {}): ProjectCheck {
  const config = ts.getParsedCommandLineOfConfigFile(
    tsconfig,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(`${tsconfig}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
      },
    },
  );
  if (!config) throw new Error(`cannot read ${tsconfig}`);
  const program = ts.createProgram(config.fileNames, { ...config.options, ...options });
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file ? `${d.file.fileName.replace(/^.*\/(?=(?:packages|tests|node_modules)\/)/, '')}: ` : '';
    return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
  return { files: config.fileNames, diagnostics };
}
