// `npm run bench`: the speed and size figures, each row printed with the budget it is held to (the
// file that measures it says the budget and why). Figures vary with the machine; they are reported,
// never asserted in unit tests.
import { benchAggregate } from './aggregate.js';
import { benchCli } from './cli.js';
import { benchDashboard } from './dashboard.js';
import { benchForm } from './form.js';
import { benchHostile } from './hostile.js';
import { benchImport } from './import.js';
import { benchImportFolder } from './import-folder.js';
import { benchServer } from './server.js';
import { benchSize } from './size.js';
import { benchSizePricing } from './size-pricing.js';
import { benchUsable } from './usable.js';
import { benchValidate } from './validate.js';
import { benchYears } from './years.js';

const lines = [
  `law-report benchmarks (node ${process.version}, one core)`,
  '',
  ...benchValidate(),
  ...benchImport(),
  ...benchHostile(),
  ...(await benchAggregate()),
  ...benchCli(),
  ...(await benchImportFolder()),
  ...(await benchSize()),
  ...(await benchSizePricing()),
  ...(await benchUsable()),
  ...(await benchForm()),
  ...(await benchDashboard()),
  ...(await benchYears()),
  ...(await benchServer()),
];
lines.push(...(await (await import('./load-history.js')).benchLoadHistory()));
console.log(lines.join('\n'));
