import { importReport } from '@law-report/core/import';
import { defaultCatalog, formatMessage, type Locale, type Report } from '@law-report/core/model';
import type { ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { stringsReady } from '../internal/locale.js';
import { stringsOf } from '../internal/strings.js';
import { ImportController } from './import-controller.js';
import { draftFrom, emptyReport } from './form-model.js';

const m = stringsOf('zh-CN').form;
const numerals = ['一', '二', '三', '四', '五', '六'];

/**
 * A town's report as a clerk would paste it: its title, sections headed 一、二、…, and a 落款
 * (issuing body and date) only when `signedOn` is given.
 */
function reportText(
  town: string,
  sections: readonly (readonly [heading: string, text: string])[],
  signedOn?: string,
): string {
  const body = sections.map(([heading, text], i) => `${numerals[i]}、${heading}\n${text}`).join('\n\n');
  return `${town}2023年法治政府建设工作情况的报告\n\n${body}\n${signedOn ? `\n${town}人民政府\n${signedOn}\n` : ''}`;
}

// Four figures (the last only guessed from the word 信访), and no 落款: its body and date are guesses.
const qingshi = () =>
  reportText('青石镇', [
    ['党政主要负责人履行推进法治建设第一责任人职责情况', '镇党委书记召开专题会议4次，研究部署法治建设工作。'],
    ['推进法治政府建设的主要举措和成效', '全年排查矛盾纠纷36起，开展普法活动12场，化解信访案件8件。'],
    ['存在的不足和原因', '基层法治力量仍显薄弱。'],
    ['2024年工作安排', '继续加强法治宣传教育。'],
  ]);

// Three figures, signed and dated: nothing guessed.
const dongpo = () =>
  reportText(
    '东坡镇',
    [
      ['主要举措和成效', '全年开展普法活动12场，调解矛盾纠纷22起，调解成功率达95%。'],
      ['存在的不足', '法治宣传形式单一。'],
      ['下一步工作打算', '完善公共法律服务体系。'],
    ],
    '2024年1月18日',
  );

// A form around the session: the draft it holds, where focus was sent and what was said.
function setUp(draft: Report = emptyReport()) {
  const form = {
    draft,
    locale: 'zh-CN' as Locale,
    adopted: 0,
    changed: 0,
    // The figures a person confirmed, by place, as each confirmation told the form.
    vouched: [] as (readonly number[])[],
    focus: [] as { selector: string; said: string | undefined }[],
    // The unit the form signs in for at a collection server, when it has one.
    ownUnit: undefined as string | undefined,
  };
  const host: ReactiveControllerHost = {
    addController: () => {},
    removeController: () => {},
    requestUpdate: () => {},
    updateComplete: Promise.resolve(true),
  };
  const session = new ImportController(host, {
    draft: () => form.draft,
    adopt: (report) => {
      form.draft = report;
      form.adopted++;
    },
    locale: () => form.locale,
    catalog: () => defaultCatalog,
    focusAfter: async (selector, said) => void form.focus.push({ selector, said }),
    changed: () => void form.changed++,
    vouched: (metrics) => void form.vouched.push(metrics),
    ownUnit: async () => form.ownUnit,
  });
  return { session, form };
}

async function imported(text: string, draft?: Report) {
  const set = setUp(draft);
  set.session.text = text;
  await set.session.fromText();
  return set;
}

// What the importer itself says about a field of the text: the note the form is to show beside it.
const importerNote = (text: string, field: string, locale: Locale = 'zh-CN') =>
  importReport(text, { locale }).issues.find((issue) => issue.path.join('.') === field)?.message;

// The same note in both languages, as a draft keeps it.
const importerNotes = (text: string, field: string) =>
  importReport(text).issues.find((issue) => issue.path.join('.') === field)?.messages;

// A draft a clerk has started: a title and the first paragraph of 第一责任人职责 typed, the body signed.
function started(): Report {
  const draft = emptyReport();
  draft.title = '青石镇法治政府建设年度报告（初稿）';
  draft.issuer = '青石镇人民政府';
  const duties = draft.sections.find((section) => section.kind === 'duties');
  duties?.paragraphs.push('镇党委书记亲自部署、亲自推动法治建设。');
  return draft;
}

describe('ImportController', () => {
  it('adopts an import into an empty draft, every figure to confirm with its own words', async () => {
    const { session, form } = await imported(qingshi());
    expect(form.adopted).toBe(1);
    expect(session.pending).toBeUndefined();
    expect(form.draft.unit.name).toBe('青石镇');
    const figures = form.draft.metrics;
    expect(figures.map((metric) => session.isUnconfirmed(metric))).toEqual([true, true, true, true]);
    expect(figures.map((metric) => session.wordsOf(metric))).toEqual(['4次', '36起', '12场', '8件']);
    expect(session.noteOf(figures[3]!)).toBe(importerNote(qingshi(), 'metrics.3'));
    expect(session.noteOf(figures[1]!)).toBeUndefined();
    expect(session.toConfirm).toBe(4 + 2);
    expect(session.note).toEqual({ text: formatMessage(m.imported, { sections: 4, metrics: 4 }), error: false });
  });

  it('says why, and leaves the draft as it was, when the text is no report', async () => {
    const draft = emptyReport();
    const { session, form } = await imported('', draft);
    expect(session.note).toEqual({ text: importerNote('', ''), error: true });
    expect(form.adopted).toBe(0);
    expect(form.draft).toBe(draft);
    expect(session.toConfirm).toBe(0);
  });

  it('asks first when the draft has content, and leaves it untouched until answered', async () => {
    const draft = started();
    const { session, form } = await imported(dongpo(), draft);
    expect(session.pending?.report?.unit.name).toBe('东坡镇');
    expect(form.adopted).toBe(0);
    expect(form.draft).toBe(draft);
    expect(session.toConfirm).toBe(0);
  });

  it('keeps the draft as typed when the person cancels', async () => {
    const draft = started();
    const typed = structuredClone(draft);
    const { session, form } = await imported(qingshi(), draft);
    session.choose('cancel');
    expect(session.pending).toBeUndefined();
    expect(form.adopted).toBe(0);
    expect(form.draft).toEqual(typed);
    expect(session.toConfirm).toBe(0);
    expect(session.note).toEqual({ text: m.importCancelled, error: false });
  });

  it('fills only the empty fields and sections when the person chooses blanks, keeping what was typed', async () => {
    const { session, form } = await imported(qingshi(), started());
    session.choose('blanks');
    expect(form.adopted).toBe(1);
    const draft = form.draft;
    expect(draft.title).toBe('青石镇法治政府建设年度报告（初稿）');
    expect(draft.issuer).toBe('青石镇人民政府');
    expect(draft.unit.name).toBe('青石镇');
    expect(draft.sections.find((section) => section.kind === 'duties')?.paragraphs).toEqual([
      '镇党委书记亲自部署、亲自推动法治建设。',
    ]);
    expect(draft.sections.find((section) => section.kind === 'measures')?.paragraphs).toEqual([
      '全年排查矛盾纠纷36起，开展普法活动12场，化解信访案件8件。',
    ]);
    // The 4次 of 第一责任人职责 stays out of the section the clerk wrote (its figure is the imported
    // text's, not theirs), and is said; the others come in to confirm.
    expect(
      draft.metrics.map((metric) => [metric.value, session.isUnconfirmed(metric), session.wordsOf(metric)]),
    ).toEqual([
      [36, true, '36起'],
      [12, true, '12场'],
      [8, true, '8件'],
    ]);
    expect(session.noteOf(draft.metrics[2]!)).toBe(importerNote(qingshi(), 'metrics.3'));
    // The typed 落款单位 is no guess; the date filled in is.
    expect(session.guessedFields).toEqual(['f-issuedOn']);
    // The blank form's default year is no one's: the imported report's year replaces it (a third field).
    expect(draft.year).toBe(2023);
    expect(session.note?.error).toBe(false);
    expect(session.note?.text).toMatch(
      new RegExp(
        `^${formatMessage(m.importedBlanks, { fields: 3, sections: 3, metrics: 3 })}另有 1 项数据没有填入：它们是导入报告中“[^”]+”的数字`,
      ),
    );
  });

  it('replaces the draft when the person chooses replace', async () => {
    const { session, form } = await imported(dongpo(), started());
    session.choose('replace');
    expect(form.adopted).toBe(1);
    expect(form.draft.title).toBe('东坡镇2023年法治政府建设工作情况的报告');
    expect(form.draft.sections.flatMap((section) => section.paragraphs)).not.toContain(
      '镇党委书记亲自部署、亲自推动法治建设。',
    );
    expect(form.draft.metrics.map((metric) => session.isUnconfirmed(metric))).toEqual([true, true, true]);
    expect(session.guessedFields).toEqual([]);
    expect(session.toConfirm).toBe(3);
  });

  it('moves focus to the next figure to confirm in page order, round to the first, then to the guessed values', async () => {
    const { session, form } = await imported(qingshi());
    const [first, second, third, fourth] = form.draft.metrics;
    session.confirm(second);
    session.confirm(fourth);
    session.confirm(first);
    session.confirm(third);
    expect(form.focus).toEqual([
      { selector: 'tbody[data-metric="2"] button.confirm', said: m.confirmed },
      { selector: 'tbody[data-metric="0"] button.confirm', said: m.confirmed },
      { selector: 'tbody[data-metric="2"] button.confirm', said: m.confirmed },
      // The first guessed value in the page's order: its 确认, or the field where nothing was read.
      { selector: '.field.guessed > :is(input, select, textarea)', said: m.confirmed },
    ]);
    expect(form.changed).toBe(4);
    expect(session.toConfirm).toBe(2);
    // Each confirmation tells the form which figure a person vouched for: its errors show from then on.
    expect(form.vouched).toEqual([[1], [3], [0], [2]]);
  });

  it('moves focus to the import’s result once the last figure is confirmed and nothing was guessed', async () => {
    const { session, form } = await imported(dongpo());
    for (const metric of form.draft.metrics) session.confirm(metric);
    expect(form.focus.at(-1)).toEqual({ selector: '#import-result', said: m.confirmed });
    expect(session.toConfirm).toBe(0);
    // The result focus lands on says so, on screen, after what the import did.
    expect(session.note?.text).toBe(`${formatMessage(m.imported, { sections: 3, metrics: 3 })}${m.allConfirmed}`);
  });

  it('says on screen that everything is confirmed in a restored draft, where no import was said', async () => {
    const { session, form } = await imported(dongpo());
    const saved = session.pendingState(form.draft.metrics);
    const restored = setUp(form.draft);
    restored.session.restorePending(saved, form.draft.metrics);
    expect(restored.session.note).toBeUndefined();
    restored.session.confirm();
    expect(restored.session.note).toEqual({ text: m.allConfirmed, error: false });
    // A new import asks first, and no longer says that everything is confirmed.
    restored.session.text = qingshi();
    await restored.session.fromText();
    expect(restored.session.pending).toBeDefined();
    expect(restored.session.note).toBeUndefined();
  });

  it('does nothing when a figure already confirmed is confirmed again', async () => {
    const { session, form } = await imported(dongpo());
    const figure = form.draft.metrics[0]!;
    session.confirm(figure);
    session.confirm(figure);
    expect(form.focus).toHaveLength(1);
    expect(form.changed).toBe(1);
  });

  it('confirms every figure at once, but not the guessed values, and sends focus to the first of them', async () => {
    const { session, form } = await imported(qingshi());
    session.confirm(form.draft.metrics[1]);
    session.confirm();
    // Those still to confirm are vouched for at once; the one confirmed before was already.
    expect(form.vouched).toEqual([[1], [0, 2, 3]]);
    expect(form.draft.metrics.some((metric) => session.isUnconfirmed(metric))).toBe(false);
    expect(session.guessedFields).toEqual(['f-issuer', 'f-issuedOn']);
    expect(session.toConfirm).toBe(2);
    // Said as it is: the figures are confirmed, two guessed values are not.
    expect(form.focus.at(-1)).toEqual({
      selector: '.field.guessed > :is(input, select, textarea)',
      said: formatMessage(m.figuresConfirmed, { count: 2 }),
    });
  });

  it('lists a 落款 date it made up as a guess with the importer’s note, until the person confirms it', async () => {
    const { session, form } = await imported(qingshi());
    expect(form.draft.issuedOn).not.toBe('');
    expect(session.guessAt('f-issuedOn')).toBe(importerNote(qingshi(), 'issuedOn'));
    expect(session.guessAt('f-issuer')).toBe(importerNote(qingshi(), 'issuer'));
    session.confirmField('f-issuedOn');
    expect(session.guessedFields).toEqual(['f-issuer']);
    expect(session.guessAt('f-issuedOn')).toBeUndefined();
    // Focus stays on the field.
    expect(form.focus).toEqual([{ selector: '#f-issuedOn', said: m.confirmed }]);
    session.confirmField('f-issuedOn');
    expect(form.focus).toHaveLength(1);
  });

  it('says at once, and marks the unit to check, when the report is another unit’s than the one the form signs in for', async () => {
    const set = setUp();
    set.form.ownUnit = '柳林乡';
    set.session.text = qingshi();
    await set.session.fromText();
    // Said apart from what the import did, as a warning kept in view.
    expect(set.session.note?.warning).toContain('柳林乡');
    expect(set.session.note?.warning).toContain('青石镇');
    expect(set.session.note?.text).not.toContain('柳林乡');
    expect(set.session.guessAt('f-unit-name')).toContain('柳林乡');
    // Its own unit's report says nothing of the kind.
    const own = setUp();
    own.form.ownUnit = '青石镇';
    own.session.text = qingshi();
    await own.session.fromText();
    expect(own.session.note?.warning).toBeUndefined();
    expect(own.session.guessAt('f-unit-name')).toBeUndefined();
  });

  it('imports without asking into a form holding only its unit’s own name, which nobody wrote', async () => {
    const set = setUp({ ...emptyReport(), unit: { name: '青石镇', level: 'town' } });
    set.form.ownUnit = '青石镇';
    set.session.text = qingshi();
    await set.session.fromText();
    expect(set.session.pending).toBeUndefined();
    expect(set.form.adopted).toBe(1);
    // Another unit's name in the form is someone's writing: asked first.
    const other = setUp({ ...emptyReport(), unit: { name: '柳林乡', level: 'town' } });
    other.form.ownUnit = '青石镇';
    other.session.text = qingshi();
    await other.session.fromText();
    expect(other.session.pending).toBeDefined();
  });

  it('guesses nothing in a signed and dated report', async () => {
    const { session } = await imported(dongpo());
    expect(session.guessedFields).toEqual([]);
  });

  it('takes a guessed value the person edits as looked at, without moving focus', async () => {
    const { session, form } = await imported(qingshi());
    session.edited('f-issuedOn');
    session.edited('f-title');
    expect(session.guessedFields).toEqual(['f-issuer']);
    expect(form.focus).toEqual([]);
  });

  it('saves what is still to confirm as plain data that a reloaded draft takes back', async () => {
    const text = qingshi();
    const { session, form } = await imported(text);
    session.confirm(form.draft.metrics[1]);
    session.confirmField('f-issuer');
    const state = session.pendingState(form.draft.metrics);
    expect(state).toEqual({
      figures: [
        { index: 0, words: '4次' },
        { index: 2, words: '12场' },
        { index: 3, note: importerNotes(text, 'metrics.3'), words: '8件' },
      ],
      guesses: { 'f-issuedOn': importerNotes(text, 'issuedOn') },
    });

    // A reload: the draft and the state come back from JSON, to a new session.
    const reloaded = setUp(draftFrom(JSON.parse(JSON.stringify(form.draft))));
    reloaded.session.restorePending(JSON.parse(JSON.stringify(state)), reloaded.form.draft.metrics);
    const figures = reloaded.form.draft.metrics;
    expect(figures.map((metric) => reloaded.session.isUnconfirmed(metric))).toEqual([true, false, true, true]);
    expect(reloaded.session.wordsOf(figures[2]!)).toBe('12场');
    expect(reloaded.session.noteOf(figures[3]!)).toBe(importerNote(text, 'metrics.3'));
    expect(reloaded.session.guessedFields).toEqual(['f-issuedOn']);
    expect(reloaded.session.toConfirm).toBe(4);
    expect(reloaded.session.pendingState(figures)).toEqual(state);
  });

  it('has nothing to save once everything is confirmed', async () => {
    const { session, form } = await imported(dongpo());
    session.confirm();
    expect(session.pendingState(form.draft.metrics)).toBeUndefined();
  });

  it('ignores a malformed saved state, and forgets what was to confirm before', async () => {
    const { session, form } = await imported(qingshi());
    const figures = form.draft.metrics;
    for (const state of [
      undefined,
      null,
      '待核对',
      3,
      [],
      { figures: '0', guesses: 'f-title' },
      {
        figures: [null, '1', { index: '0' }, { index: 99 }, { index: -1 }],
        guesses: { title: '不是字段', 'f-title': 7 },
      },
    ]) {
      session.restorePending(state, figures);
      expect(session.toConfirm, JSON.stringify(state)).toBe(0);
    }
  });

  it('takes what is well formed in a saved state and leaves the rest', async () => {
    const { form } = await imported(qingshi());
    const figures = form.draft.metrics;
    const { session } = setUp(form.draft);
    session.restorePending(
      {
        figures: [{ index: 1, note: 5, words: '36起' }, { index: 7 }, { index: 1, words: '又一次' }],
        guesses: { 'f-issuedOn': '请核对日期', issuer: '请核对', 'f-title': null },
      },
      figures,
    );
    expect(figures.map((metric) => session.isUnconfirmed(metric))).toEqual([false, true, false, false]);
    expect(session.wordsOf(figures[1]!)).toBe('36起');
    expect(session.noteOf(figures[1]!)).toBeUndefined();
    expect(session.guessedFields).toEqual(['f-issuedOn']);
    expect(session.guessAt('f-issuedOn')).toBe('请核对日期');
  });

  it('speaks the form’s language in every note, the import’s own too, when the locale changes after the import', async () => {
    await stringsReady('en');
    const text = qingshi();
    const { session, form } = await imported(text);
    const figures = form.draft.metrics;
    form.locale = 'en';
    expect(session.noteOf(figures[3]!)).toBe(importerNote(text, 'metrics.3', 'en'));
    expect(session.guessAt('f-issuedOn')).toBe(importerNote(text, 'issuedOn', 'en'));
    expect(session.note?.text).toBe(formatMessage(stringsOf('en').form.imported, { sections: 4, metrics: 4 }));
    form.locale = 'zh-CN';
    expect(session.guessAt('f-issuedOn')).toBe(importerNote(text, 'issuedOn'));
    expect(session.note?.text).toBe(formatMessage(m.imported, { sections: 4, metrics: 4 }));
    // So does the reason an import failed.
    const failed = await imported('');
    failed.form.locale = 'en';
    expect(failed.session.note).toEqual({ text: importerNote('', '', 'en'), error: true });
  });

  it('shows a note an older draft saved as one string as it is, in either language, and saves it so again', async () => {
    const { form } = await imported(qingshi());
    const figures = form.draft.metrics;
    const { session, form: reloaded } = setUp(form.draft);
    const state = {
      figures: [{ index: 3, note: '请核对这项数据。', words: '8件' }],
      guesses: { 'f-issuer': '请核对落款单位。' },
    };
    session.restorePending(state, figures);
    for (const locale of ['zh-CN', 'en'] as const) {
      reloaded.locale = locale;
      expect(session.noteOf(figures[3]!)).toBe('请核对这项数据。');
      expect(session.guessAt('f-issuer')).toBe('请核对落款单位。');
    }
    expect(session.pendingState(figures)).toEqual(state);
  });
});
