import { reportJsonSchema } from '@law-report/core';
import { EXIT_OK, type Io } from '../io.js';
import { parse } from '../options.js';

/** `law-report schema`: prints the JSON Schema. */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  parse(args, {});
  io.out(`${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return EXIT_OK;
}
