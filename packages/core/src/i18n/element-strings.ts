import type { Widen } from './messages.js';
import type { elementStringsZhCN } from './elements.zh-CN.js';

/**
 * The shape of the elements' own strings (the form's and the dashboard's screens); zh-CN is the
 * reference and English has every key. They are apart from {@link messages} because core's own
 * functions never use them, so a page in Chinese never loads the English ones.
 */
export type ElementStrings = Widen<typeof elementStringsZhCN>;
