import { reportJsonSchema } from '@law-report/core';
import { catalogOf, catalogOption } from '../catalog-file.js';
import { EXIT_OK, UsageError, type Io } from '../io.js';
import { t } from '../messages.js';
import { localeOf, parse } from '../options.js';

/** `law-report schema`: prints the JSON Schema; with `--catalog`, specialised to the town's own indicators. */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  const { values, positionals } = parse(args, catalogOption);
  const locale = localeOf(values.lang);
  const [extra] = positionals;
  if (extra !== undefined) throw new UsageError(t(locale, 'unexpectedArgument', { argument: extra }));
  const catalog = (await catalogOf(values.catalog, io.cwd, locale))?.catalog;
  io.out(`${JSON.stringify(reportJsonSchema(catalog ? { catalog } : {}), null, 2)}\n`);
  return EXIT_OK;
}
