// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/helptext.h"

#include <QCoreApplication>

namespace cc::ui {

QString sourcesAndTermsHtml()
{
    return QCoreApplication::translate(
        "Help", "<h3>Source tags</h3>"
                "<p>Every input and every chart footer names where its number comes from:</p>"
                "<ul>"
                "<li><b>DS6</b> — DeepSeek, “DeepSeek-V3/R1 Inference System Overview” (day 6 of its Open Source "
                "Week, 2025-03-01): GPUs, throughput, prices, the 545 % cost-profit margin.</li>"
                "<li><b>GJ</b> — Guojin Securities’ note as reported by Zhitong Finance: the paid-rate and "
                "cost-share adjustments behind the broker view.</li>"
                "<li><b>A2</b> — “最高暴漲8倍!DeepSeek拯救了算力股” (citing 36Kr): compute-centre occupancy and "
                "growth.</li>"
                "<li><b>V3</b> — the DeepSeek-V3 technical report (671 B parameters, 37 B active per token).</li>"
                "<li><b>FX</b> — an exchange rate (7.2 CNY per USD), our assumption.</li>"
                "<li><b>model.md</b>, <b>facts.md</b> — the project’s own notes on the model and on card "
                "specifications, shipped with the source.</li>"
                "</ul>"
                "<p>Two tags joined (“DS6 + GJ”, “GJ / V3”) mean both sources agree or each gives a part.</p>"
                "<h3>Basis of an input</h3>"
                "<p><b>Sourced</b>: the figure is in the source. <b>Derived</b>: computed from sourced figures. "
                "<b>Assumption</b>: no source gives it; change it freely. Hover an input for its quote; ↺ returns "
                "it to the source’s value.</p>"
                "<h3>Units</h3>"
                "<p><b>pt</b> — percentage points: a margin going from 20 % to 25 % moves 5 pt.<br>"
                "<b>log-points</b> — 100 × the natural log of a growth factor: growth ×2 is 69 log-points. "
                "Unlike percentages they add up, so the growth chart’s parameter, efficiency and data bars sum to "
                "the total.<br>"
                "<b>K, M, B</b> — thousand, million, billion (in Chinese 万 and 亿).</p>");
}

} // namespace cc::ui
