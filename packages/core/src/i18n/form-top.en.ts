import type { FormTopStrings } from './form-top.zh-CN.js';

/** The words of the form's top in English: part of `elementStringsEn.form`, key for key as zh-CN. */
export const formTopStringsEn: FormTopStrings = {
  reportFields: 'About the report',
  paragraphsHelp: 'Leave a blank line between paragraphs.',
  required: '(required)',
  notStated: '(not stated)',
  qualifierChoices: {
    exact: 'exact',
    over: 'over: 余, 多, 逾, 以上 (lower bound)',
    nearly: 'nearly: 近, 将近, 接近',
    about: 'about: 约, 左右',
    under: 'under: 不足, 不到, 以下 (upper bound)',
  },
  importTitle: 'Import from text',
  importLoading: 'The import is loading; one moment.',
  toConfirm: 'To confirm',
  confirmAll: 'Confirm all imported figures',
  unconfirmed: '{count} imported {count|item is|items are} still to confirm.',
  restFailed:
    'The rest of the form did not load (the network is down or a file is missing), so what you type cannot be saved yet. Check the connection and reload the page; copy what you typed first.',
  guessed: 'Import note: {note}',
  toFill: 'To fill in',
  confirmField: 'Confirm {field}',
  checking: 'Loading the checks for the report; please wait a moment before submitting.',
  skipToSubmit: 'Skip to the end of the report',
  featureFailed:
    'This part of the page did not load (the network is down or a file is missing); check the connection and reload the page.',
};
