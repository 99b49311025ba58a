// Registers the county's years view, `<law-report-years>`: the entry of `law-report-years.js`,
// an embed file of its own (with its worker, `law-report-years-worker.js`, beside it), so the
// pages that show one year do not carry it.
import './law-report-years/define.js';

export { LawReportYearsElement } from './law-report-years/law-report-years.js';
