// The facts stage's 其中 pass: 共30件，其中东村12件、西村10件 — the figures of a 其中 list are parts of
// the figure before the list, the whole they belong to.
import { FULL_STOPS, isAsciiStopAt } from '../../domain/punctuation.js';

/** What the pass reads of a figure: whether its comma clause holds 其中, its measure word and place. */
interface Part {
  readonly part: boolean;
  readonly quantity: { readonly unit: string };
  readonly start: number;
  readonly end: number;
}

/**
 * For each figure of a 其中 list, the index of the whole it is a part of: the last figure before
 * it that is no part, in the part's measure word when its sentence has one. `undefined` for a figure that is no part, or a part with no whole before it.
 * The list goes on past its first comma or semicolon (其中工程合同18份；土地协议15份；其他合同8份)
 * while its items are in its sentence and its measure word; a figure in another word, or an item that
 * opens with an act of its own (；受理诉求20件), ends it.
 *
 * @param figures - a block's figures in order
 * @param text - the block's text they stand in
 * @example wholeOfParts(readFigures(MappedText.of('共30件，其中东村12件，西村10件'), context), '共30件，其中东村12件，西村10件') // [undefined, 0, 0]
 */
export function wholeOfParts(figures: readonly Part[], text: string): (number | undefined)[] {
  // The figures that are no part, in order: the wholes a part may belong to.
  const wholes: number[] = [];
  let previous: Part | undefined;
  let inList = false;
  return figures.map((figure, index) => {
    const listGoesOn =
      inList &&
      previous !== undefined &&
      previous.quantity.unit === figure.quantity.unit &&
      !hasSentenceEnd(text, previous.end, figure.start) &&
      !NEW_WHOLE.test(itemBefore(text, previous.end, figure.start));
    previous = figure;
    if ((figure.part || listGoesOn) && wholes.length > 0) {
      inList = true;
      return wholeOf(figures, wholes, figure, text);
    }
    inList = false;
    if (!figure.part) wholes.push(index);
    return undefined;
  });
}

// 开展活动218场，覆盖师生9.6万人次，其中晨读活动68场: a part belongs to the last whole of its sentence in
// its own measure word, else to the last whole.
function wholeOf(figures: readonly Part[], wholes: readonly number[], part: Part, text: string): number | undefined {
  for (let i = wholes.length - 1; i >= 0; i--) {
    const whole = figures[wholes[i] ?? -1];
    if (!whole || hasSentenceEnd(text, whole.end, part.start)) break;
    if (whole.quantity.unit === part.quantity.unit) return wholes[i];
  }
  return wholes.at(-1);
}

// An item that opens with an act or a time counts a whole of its own (；受理诉求20件), no part.
const NEW_WHOLE = /^(?:受理|开展|组织|办理|召开|举办|接待|审查|审核|排查|调解|化解|发放|完成|新增|累计|全年|共)/;

// The words of the item a figure ends: from the last comma, semicolon or 、 before it.
function itemBefore(text: string, from: number, to: number): string {
  let start = from;
  for (let i = from; i < to; i++) if ('，,；;、'.includes(text[i] ?? '')) start = i + 1;
  return text.slice(start, to);
}

function hasSentenceEnd(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (FULL_STOPS.includes(text[i] ?? '') || isAsciiStopAt(text, i)) return true;
  return false;
}
