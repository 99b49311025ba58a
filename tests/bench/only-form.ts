// `tsx tests/bench/only-form.ts`: the form's figures alone (after `npm run build`).
import { benchForm } from './form.js';
console.log((await benchForm()).join('\n'));
