import { benchSize } from './size.js';
console.log((await benchSize()).join('\n'));
