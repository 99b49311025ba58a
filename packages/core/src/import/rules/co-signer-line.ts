import { joinsSignature } from '../signature.js';
import type { ReadingRule } from './reading-rule.js';

/**
 * A short line that names an issuing organ, right above the issuing body of the 落款, signs with it
 * (a joint 落款). Where it stands decides, so the renderer asks it of a report's last paragraph only.
 */
export const coSignerLine: ReadingRule = {
  id: 'co-signer-line',
  stage: 'blocks',
  summary:
    "Up to two short lines naming an issuing organ (…委员会, …人民政府, …局) right above the 落款's issuing body sign with it; the renderer writes a report's last paragraph of that shape as a literal line.",
  matches: (line) => joinsSignature(line),
  makesStructure: false,
  examples: {
    reads: ['中共北留镇委员会', '北留镇人民政府', '阳城县司法局'],
    ignores: ['全年开展普法活动12场。', '一、北留镇人民政府', '北留镇人民政府，全年开展活动', '2024年1月25日'],
  },
};
