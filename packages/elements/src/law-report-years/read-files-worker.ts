// The folder reader's worker: imports report files off the page's thread, so a county's ten
// years of Word files never freeze the page. One message in (a file's bytes and name), one out.
import type { Locale } from '@law-report/core/model';
import { readOneFile } from './read-one-file.js';

interface Request {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly locale: Locale;
}

self.addEventListener('message', (event: MessageEvent<Request>) => {
  const { id, bytes, file, locale } = event.data;
  void readOneFile(bytes, file, locale).then((result) => self.postMessage({ id, result }));
});
