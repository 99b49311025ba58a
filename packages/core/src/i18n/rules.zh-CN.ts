/**
 * Simplified Chinese messages of validation's rules (a missing section, a late report, a rate that
 * does not add up…). Kept apart from zh-CN.ts, whose issue messages are those of reading data (a
 * field of the wrong type, a forbidden key), so a page that shows a form before checking it does not
 * load them; the rules do. `{name}` placeholders are filled from an issue's `params`.
 */
export const rulesZhCN = {
  issues: {
    missing_section: '缺少法定内容「{kind}」。如已写这一部分，请把它的章节类型选为「{kind}」。',
    title_year_mismatch: '标题写的是 {found} 年，但报告年度为 {year} 年：请改正其中一个，县里按报告年度计入汇总。',
    heading_year_mismatch: '章节“{title}”写的是 {found} 年，但报告年度为 {year} 年。',
    plans_year_mismatch: '下一年度安排“{title}”写的是 {found} 年，应为 {expected} 年。',
    issued_before_year: '落款日期 {issuedOn} 早于报告年度 {year} 年：请核对报告年度和落款日期。',
    issued_before_period_end: '落款日期 {issuedOn} 还在 {year} 年内：年度报告应在年度结束后落款，请核对。',
    issued_in_future: '{field}（{date}）晚于今天（{today}）：日期不能晚于今天，请改正。',
    late_submission: '报送日期 {date} 晚于截止日期 {deadline}（逾期 {days} 天）。',
    // No 报送日期 typed: the 落款 is what is judged, and named so.
    late_issued:
      '没有填写报送日期，按落款日期 {date} 判断，晚于截止日期 {deadline}（逾期 {days} 天）；如果是按时报送的，请填写报送日期。',
    // The collection server judges by its first receipt: a date of another name than the one the unit typed.
    late_receipt:
      '县里收到报告的日期 {date} 晚于截止日期 {deadline}（逾期 {days} 天；是否逾期按县里首次收到的日期判断）。',
    late_receipt_typed:
      '县里收到报告的日期 {date} 晚于截止日期 {deadline}（逾期 {days} 天；是否逾期按县里首次收到的日期判断，报告中填写的报送日期是 {typed}）。',
    late_publication: '公开日期 {date} 晚于截止日期 {deadline}（逾期 {days} 天）。',
    confidentiality_review_missing: '公开前须完成保密审查，并注明“已完成保密审查”。',
    publication_date_missing: '公开的报告须填写公开日期。',
    published_before_issued: '公开日期 {publishedOn} 早于落款日期 {issuedOn}。',
    rate_out_of_range: '“{label}”为 {value}%，比率应在 0 到 100 之间。',
    negative_value: '“{label}”为 {value}{unit}：计数和金额不能为负数。',
    fractional_count: '“{label}”的数值 {value} {unit}不是整数，请核对。',
    value_too_large:
      '“{label}”的数值 {value} {unit}大得不合常理：任何单位一年都不会超过 {limit} {unit}，请核对是否多输了位数。',
    implausible_for_level: '“{label}”为 {value} {unit}：按{level}的规模，一年一般不超过 {limit} {limitUnit}，请核对。',
    year_jump: '“{label}”{year}年为 {value} {unit}，{previousYear}年为 {previousValue} {unit}，{change}，请核对。',
    rate_mismatch:
      '“{label}”为 {value}%，但按{numerator}（{numeratorValue}）÷{denominator}（{denominatorValue}）计算为 {computed}%。',
    figure_source_changed:
      '“{label}”{value}{unit}是导入时从“{quote}”读出的，报告正文里已经没有这句话，也没有写着{value}{unit}：如果改过正文，请核对这个数值是否也要改。',
    figure_differs_from_source:
      '“{label}”现在是{value}{unit}，但正文中读出它的原句写的是“{quote}”：请核对，改正数值或正文中错的一方。',
    target_outside_plans: '“{label}”（{value}{unit}）是工作目标，却不在“下一年度主要安排”中，请核对。',
    count_order_violated: '“{label}”（{value}）不应大于“{otherLabel}”（{otherValue}）。',
    counted_once:
      '“{label}”（{value}{unit}）和“{otherLabel}”（{otherValue}{unit}）归在同一个指标下，县里合计时只计较大的 {otherValue}{unit}：如果是两件不同的事，请为“{label}”改选指标或设为未归类。',
    parts_exceed_total: '{parts}之和至少为 {sum}，超过了总数“{label}”（{value}）。',
    parts_total_mismatch: '{parts}之和为 {sum}，与总数“{label}”（{value}）不一致。',
    placeholder_text: '{field}中还留着模板的占位符“{text}”，请改为实际内容。',
    unrecognized_value: '“{field}”还没有识别出来，请填写。',
    empty_section: '“{kind}”还没有内容。',
    unknown_indicator: '指标目录中没有“{indicator}”：请改用目录中的键、x-<命名空间>.<名称> 或 unclassified。',
    unexpected_unit: '“{label}”的单位“{unit}”不是指标“{indicator}”的常用单位（{units}）。',
    unknown_extension: '扩展“{key}”未在本系统登记，已原样保留。',
    duplicate_section_id: '章节编号“{id}”重复。',
    unknown_section_ref: '指标引用的章节“{id}”不存在。',
    invalid_source_span: '指标的原文出处有误：结束位置 {end} 在起始位置 {start} 之前。',
  },
} as const;
