import { reportJsonSchema } from '@law-report/core';
import { EXIT_OK, type Io } from '../io.js';
import { parse } from '../options.js';

/** Help text of `law-report schema`. */
export const schemaHelp = `law-report schema

Prints the report JSON Schema (draft 2020-12) on stdout, the same as @law-report/core/schema.json.`;

/** `law-report schema`: prints the JSON Schema. */
export async function schemaCommand(args: readonly string[], io: Io): Promise<number> {
  const { values } = parse(args, {});
  io.out(`${values.help ? schemaHelp : JSON.stringify(reportJsonSchema(), null, 2)}\n`);
  return EXIT_OK;
}
