/** The photo check report: one page, as a PDF and, for a print dialog, as a picture of the same page. */
export {
  renderCheckReport,
  renderCheckReportImage,
  reportPaper,
  reportPhotoSizeMm,
  type CheckReportInput
} from './check-report'
