/**
 * Simplified Chinese strings of reading files: the importer's notes on a report it read and
 * the roster reader's problems. Kept apart from zh-CN.ts so a page that only shows and checks
 * reports does not load them; the importer and the roster reader do.
 */
export const importZhCN = {
  issues: {
    import_title_missing: '没有找到报告标题，已用“{title}”代替，请核对。',
    import_title_unread: '没有读出报告标题，请填写。',
    import_year_inferred: '标题中没有年份，报告年度按{from}推定为 {year} 年，请核对。',
    import_unit_missing: '没有识别出报告单位，请填写。',
    import_issue_date_missing: '没有找到落款日期，已暂填 {date}，请核对。',
    import_issuer_missing: '没有找到落款单位，已用“{issuer}”代替，请核对。',
    import_issuer_unread: '没有读出落款单位，请填写。',
    import_other_unit: '这份报告的单位是“{unit}”，而您登录的单位是“{expected}”：请确认导入的是本单位的报告。',
    import_no_headings: '没有识别出“一、”“（一）”等标题，全文作为导语导入，请核对章节。',
    import_fact_unclassified: '“{label}”（{value}{unit}）不在指标目录中，请确认或归类。',
    import_more_to_confirm: '另有 {count} 项数据需要核对，未逐条列出。',
    import_too_many_figures:
      '文中的数字超过 {max} 项，只读取了前 {max} 项（全文都已导入）：年度报告没有这么多数字，请核对导入的是不是报告。',
    import_not_a_report: '无法导入：{reason}。',
    import_fact_uncertain: '“{label}”（{value}{unit}）仅凭“{word}”一词归入指标，请确认。',
    import_fact_derived: '“{label}”（{value}{unit}）由上下文推出（{how}），请确认。',
    import_section_split:
      '“{title}”一节同时写了不足和下一年度安排，已按法定内容拆成“{first}”和“{second}”两节，请核对。',
  },
  derivations: {
    shared: '共用数值',
    elliptical: '省略了名词',
    all: '“全部”指前一个数',
    none: '“无”“未发生”记为零',
  },
  inference: {
    plans: '工作安排标题所写年份的上一年',
    headings: '章节标题',
    issueDate: '落款日期',
    body: '正文',
    today: '当前日期',
  },
  notAReport: {
    empty: '内容为空',
    pdf: '这是 PDF 文件，请先转成文本或 Word 文档',
    zip: '这是压缩文件，不是文本（Word 的 .docx 请按文件导入）',
    wordBinary: '这是旧版 Word（.doc）文件或加了密码的文档，请在 Word 中另存为 .docx',
    corruptZip: '文件已损坏，不是完整的 .docx（zip）文件',
    notWord: '这是压缩文件，但不是 Word 文档（没有 word/document.xml）',
    binary: '这是二进制数据，不是文本',
    noChinese: '文中没有中文，不是一份报告',
  },
  roster: {
    roster_no_name_column: '名册的表头没有“名称”（name）列，无法使用。',
    roster_no_name: '这一行没有单位名称。',
    roster_unknown_level:
      '层级“{level}”无法识别（可用：省、市、县、乡镇、部门，或 province、city、county、town、department）。',
    roster_bad_code: '“{code}”不是 6、9 或 12 位行政区划代码。',
    roster_bad_deadline: '截止日期“{deadline}”应按 年-月-日 写，如 2025-01-31。',
    roster_listed_twice: '“{name}”在名册中出现了两次（与前面的“{first}”是同一单位），只算一次。',
    roster_open_quote: '这一行的引号没有闭合，后面的内容都被读成了一格：请补上引号。',
  },
} as const;
