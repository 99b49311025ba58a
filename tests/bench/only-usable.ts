// `tsx tests/bench/only-usable.ts`: the time to a usable form alone (after `npm run build`).
import { benchUsable } from './usable.js';
console.log((await benchUsable()).join('\n'));
