// `tsx tests/bench/only-size.ts`: the first load alone and its price list (after `npm run build -w @law-report/elements`).
import { benchSize } from './size.js';
import { benchSizePricing } from './size-pricing.js';

console.log([...(await benchSize()), ...(await benchSizePricing())].join('\n'));
