import { readNumber, readUnit, type NumberToken, type Quantity } from '../read-number.js';
import type { ReadingRule } from './reading-rule.js';

/** A number with its measure word, where the facts stage asks whether it is a fact. */
export interface Figure {
  readonly text: string;
  readonly number: NumberToken;
  readonly quantity: Quantity;
  /** The four characters before the number. */
  readonly before: string;
  /** The report's year, when the reader knows it (an earlier year's figure is no figure of the report). */
  readonly year?: number;
}

/**
 * A reading rule of the facts stage that sets a figure aside as no fact of the report (第五轮,
 * 每季度1次, 3至5名). Its examples are lines whose first figure it sets aside, and lines whose first
 * figure it leaves a fact.
 */
export interface FigureRule extends ReadingRule {
  readonly stage: 'facts';
  /** Whether this rule sets the figure aside. */
  readonly rejects: (figure: Figure) => boolean;
}

/** The first number with a measure word in a line, as the facts stage reads it. */
export function firstFigure(line: string): Figure | undefined {
  for (let at = 0; at < line.length; at++) {
    const number = readNumber(line, at);
    if (!number) continue;
    const quantity = readUnit(line, number);
    if (quantity)
      return { text: line, number, quantity, before: line.slice(Math.max(0, number.start - 4), number.start) };
    at = Math.max(at, number.end - 1);
  }
  return undefined;
}

/**
 * A figure rule from its predicate: `matches` asks it of a line's first figure.
 *
 * @example figureRule({ id: 'frequency', summary: '…', rejects: (f) => …, examples: { reads: ['每季度1次'], ignores: ['全年4次'] } })
 */
export function figureRule(rule: Omit<FigureRule, 'stage' | 'matches' | 'makesStructure'>): FigureRule {
  return {
    ...rule,
    stage: 'facts',
    makesStructure: false,
    matches: (line) => {
      const figure = firstFigure(line);
      return figure !== undefined && rule.rejects(figure);
    },
  };
}
