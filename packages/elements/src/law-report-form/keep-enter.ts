/**
 * Enter in a field never submits the report: only 提交 does (the search box picks a match); nor
 * does it break a figure's phrase as written (原文表述, a box that wraps) onto a second line.
 */
export function keepEnterFromSubmitting(event: KeyboardEvent): void {
  const target = event.composedPath()[0];
  const oneLine =
    (target instanceof HTMLInputElement && target.type !== 'submit') ||
    (target instanceof HTMLTextAreaElement && target.classList.contains('phrase'));
  if (event.key === 'Enter' && oneLine) event.preventDefault();
}
