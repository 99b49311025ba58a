// Markdown editors write 1\. and \* so a line is not read as a list or emphasis; the report's
// text is the character after the backslash, never the backslash.
import { describe, expect, it } from 'vitest';
import { importDraft } from '../testing/index.js';

const markdown = `# 柳林乡2025年法治政府建设工作情况的报告

## 一、2025年推进法治政府建设的主要举措和成效

### （一）化解矛盾纠纷

全乡坚持和发展新时代“枫桥经验”，矛盾纠纷化解工作取得实效。

1\\.全乡排查矛盾纠纷146起，化解143起。

2\\. 人民调解委员会调解纠纷97件，调解成功率98\\%。

### （二）规范行政执法

\\(1\\)开展执法培训5期，培训执法人员\\*全员\\*覆盖。

执法文书按《行政执法文书\\_规范》制作，案卷评查合格率100%。

## 二、2025年推进法治政府建设存在的不足和原因

基层法治力量仍然薄弱。

## 三、2025年党政主要负责人履行推进法治建设第一责任人职责情况

乡党委书记带头学法4次。

## 四、2026年推进法治政府建设的主要安排

继续做好矛盾纠纷化解工作。

柳林乡人民政府

2026年1月20日
`;

describe('importReport of Markdown with backslash escapes', () => {
  const { report } = importDraft(markdown, { format: 'markdown' });
  const all = JSON.stringify(report.sections);

  it('keeps no backslash of an escape in any title or paragraph', () => {
    expect(all).not.toContain('\\\\');
  });

  it('reads 1\\. and 2\\. as the items 1. and 2. the report numbered', () => {
    const disputes = report.sections[0]?.sections[0];
    expect(disputes?.title).toBe('化解矛盾纠纷');
    expect(JSON.stringify(disputes)).toContain('全乡排查矛盾纠纷146起，化解143起');
    expect(JSON.stringify(disputes)).toContain('人民调解委员会调解纠纷97件，调解成功率98%');
  });

  it('gives the escaped characters back as written: (1), *, _ and %', () => {
    const enforcement = JSON.stringify(report.sections[0]?.sections[1]);
    expect(enforcement).toContain('培训执法人员*全员*覆盖');
    expect(enforcement).toContain('《行政执法文书_规范》');
  });

  it('finds the figures of the escaped lines', () => {
    const figures = report.metrics.map((m) => [m.label, m.value, m.unit]);
    expect(figures).toContainEqual(['全乡排查矛盾纠纷', 146, '起']);
    expect(figures).toContainEqual(['调解成功率', 98, '%']);
    expect(figures).toContainEqual(['开展执法培训', 5, '期']);
  });
});
