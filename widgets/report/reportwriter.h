#pragma once

#include "report/reportcontent.h"

#include <QString>

namespace genlens::widgets {

// Renders a report to a PDF file: A4 with margins, a title page (inputs, extractor, settings),
// the metrics table, vector charts (Qt Charts painted into the PDF), grids of the best, worst and
// most-copied samples, and "Page N of M" on every page. Fonts include a CJK family so Chinese
// text renders. Needs a QApplication (Qt Charts are graphics widgets); headless runs use the
// offscreen platform. Throws std::runtime_error when the file cannot be written.
void writeReportPdf(const app::ReportContent& content, const QString& pdfPath);

} // namespace genlens::widgets
