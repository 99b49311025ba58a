import { reportJsonSchema } from '@law-report/core';
import { catalogOf, catalogOption } from '../catalog-file.js';
import { EXIT_OK, type Io } from '../io.js';
import { localeOf, parse } from '../options.js';

/** `law-report schema`: prints the JSON Schema; with `--catalog`, specialised to the town's own indicators. */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parse(args, catalogOption);
  const catalog = (await catalogOf(values.catalog, io.cwd, localeOf(values.lang)))?.catalog;
  io.out(`${JSON.stringify(reportJsonSchema(catalog ? { catalog } : {}), null, 2)}\n`);
  return EXIT_OK;
}
