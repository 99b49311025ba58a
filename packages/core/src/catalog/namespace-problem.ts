import { formatMessage, messages, type Locale } from '../i18n/messages.js';

/**
 * The message for a namespace written with its `x-` prefix (`x-yourtown`): the prefix belongs
 * to the indicator keys, and taking it would make them `x-x-yourtown.…`.
 */
export function namespaceProblem(input: unknown, locale: Locale): string | undefined {
  if (typeof input !== 'object' || input === null || !('namespace' in input)) return undefined;
  const namespace = input.namespace;
  if (typeof namespace !== 'string' || !namespace.startsWith('x-')) return undefined;
  return formatMessage(messages[locale].extensionCatalog.prefixed, { namespace, bare: namespace.slice(2) });
}
