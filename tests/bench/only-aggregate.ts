import { benchAggregate } from './aggregate.js';
console.log((await benchAggregate()).join('\n'));
