// `npm start`: the example county portal and the collection server's API on one port. The API
// (law-report serve's app) keeps its data in .data/law-report.sqlite, seeded from examples/data
// (青川县, invented) on the first start and kept across restarts; vite serves the portal and
// passes /api to it. No browser is opened: the address printed is where the portal is.
//   npm start -- --port 5173 --host 127.0.0.1 --strictPort --db other.sqlite
//   npm start -- --help
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseRosterCsv, type DeadlineOverrides, type Report } from '@law-report/core';
import { addToken, buildApp, openStore, type Store } from '@law-report/server';
import { createServer } from 'vite';
import { readStartOptions, START_USAGE } from './start-options.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const data = (file: string) => readFileSync(new URL(`./data/${file}`, import.meta.url), 'utf8');

// Written out before exiting: a pipe on some systems takes the text after process.exit would.
const leave = (code: number, stream: NodeJS.WriteStream, text: string) =>
  new Promise<never>(() => {
    stream.write(text, () => process.exit(code));
  });

const request = readStartOptions(process.argv.slice(2));
const options =
  request.kind === 'run'
    ? request.options
    : request.kind === 'help'
      ? await leave(0, process.stdout, START_USAGE)
      : await leave(2, process.stderr, `npm start: ${request.message}\n\n${START_USAGE}`);

/** The demo's tokens: the county reviewer's and one unit's, shown to the portal's pages. */
interface DemoTokens {
  readonly reviewer: string;
  readonly unit: string;
  readonly unitName: string;
}

// The first start: a token for every unit on the roster and the reviewer, and the 2022 and 2023
// reports submitted on their own dates, the published ones filed and published: the dashboard
// compares 2023 with the server's own 2022.
async function seed(store: Store): Promise<DemoTokens> {
  // The county's name, as `law-report serve --county 青川县` keeps it: the dashboard's heading says it.
  await store.putSettings({ county: '青川县' });
  const reviewer = await addToken(store, 'reviewer', '青川县依法治县办');
  const units = new Map<string, string>();
  for (const entry of parseRosterCsv(data('roster.csv')).entries)
    units.set(entry.name, await addToken(store, 'unit', entry.name, entry.level));
  const lines = ['reports-2022.jsonl', 'reports-2023.jsonl'].flatMap((file) =>
    data(file)
      .split('\n')
      .filter((text) => text.trim()),
  );
  for (const line of lines) {
    const report = JSON.parse(line) as Report;
    const at = `${report.submittedOn ?? report.issuedOn}T09:00:00.000Z`;
    const { id } = await store.submit(report.unit.name, report.year, report, report.unit.name, at);
    if (report.publishedOn) {
      await store.transition(id, ['submitted'], 'filed', '青川县依法治县办', at, null);
      // 公开 with the county's confirmation of 保密审查, as the review desk gives it.
      await store.transition(
        id,
        ['filed'],
        'published',
        '青川县依法治县办',
        `${report.publishedOn}T09:00:00.000Z`,
        null,
        report.publishedOn,
        undefined,
        true,
      );
    }
  }
  // A unit whose report is not yet filed, so the form page can correct and submit it again.
  const unitName = '柳林乡';
  return { reviewer, unit: units.get(unitName) ?? '', unitName };
}

const db = options.db ?? `${root}.data/law-report.sqlite`;
const store = await openStore(db);
// Tokens are stored hashed; the demo keeps the plain ones it made beside the database, for its pages.
const tokensFile = `${db}.demo-tokens.json`;
let tokens: DemoTokens;
try {
  tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as DemoTokens;
} catch {
  tokens = await seed(store);
  writeFileSync(tokensFile, JSON.stringify(tokens, null, 2));
}
const api = await buildApp({ store, deadlines: JSON.parse(data('deadlines.json')) as DeadlineOverrides });
const apiAddress = await api.listen({ port: 0, host: '127.0.0.1' });

const vite = await createServer({
  root,
  configFile: `${root}vite.config.ts`,
  server: {
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(options.host === undefined ? {} : { host: options.host }),
    ...(options.strictPort ? { strictPort: true } : {}),
    // The API and the public's pages of published reports, both law-report serve's.
    proxy: { '/api': apiAddress, '/reports': apiAddress },
  },
  plugins: [
    {
      name: 'law-report:demo-tokens',
      configureServer(server) {
        // The example portal's pages ask for the demo's tokens here; a real portal has its own login.
        // The reviewer's token is among them: only a browser on this machine gets them.
        server.middlewares.use('/demo/tokens.json', (request, response) => {
          response.setHeader('content-type', 'application/json');
          response.setHeader('cache-control', 'no-store');
          if (!isLoopback(request.socket.remoteAddress)) {
            response.statusCode = 403;
            response.end(JSON.stringify({ error: { code: 'forbidden', message: '演示令牌只给本机的浏览器。' } }));
            return;
          }
          response.end(JSON.stringify(tokens));
        });
      },
    },
  ],
});
await vite.listen();
if (options.host !== undefined) {
  process.stderr.write(
    '注意：--host 让其他电脑也能打开演示门户，但演示令牌（/demo/tokens.json，含审核人令牌）只给本机的浏览器；其他电脑上须手动输入令牌。\n',
  );
}
vite.printUrls();
// Who opens the portal on another computer (--host) types a token; here they are, and in the file beside the database.
process.stdout.write(
  `  ➜  演示令牌（也保存在 ${tokensFile}）：\n     县审核人（青川县依法治县办）：${tokens.reviewer}\n     ${tokens.unitName}：${tokens.unit}\n`,
);

// 127.0.0.0/8 and ::1, also as IPv4 inside IPv6 (::ffff:127.0.0.1).
function isLoopback(address: string | undefined): boolean {
  const plain = address?.replace(/^::ffff:/, '') ?? '';
  return plain === '::1' || /^127\.\d+\.\d+\.\d+$/.test(plain);
}

const stop = async () => {
  await vite.close();
  await api.close();
  await store.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
