// The HTML report's style sheet, inlined into every report so it opens from an email attachment:
// no web font (a system font stack), no image, nothing fetched.
#include "html_palette.hpp"
#include "html_sections.hpp"

namespace showcase::report::html {
namespace {

constexpr const char* kRules = R"CSS(
*,*::before,*::after{box-sizing:border-box}
#main:focus{outline:none}
html{color:var(--ink);background:var(--paper);-webkit-text-size-adjust:100%}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans","DejaVu Sans",sans-serif}
main,.report-header,.contents,.report-footer{max-width:54rem;margin:0 auto;padding:0 1.5rem}
h1,h2,h3{line-height:1.25;margin:1.6em 0 .5em}
h1{font-size:1.6rem;margin-top:1.2rem}
h2{font-size:1.25rem;color:var(--accent);border-bottom:1px solid var(--rule);padding-bottom:.25rem}
h3{font-size:1.05rem}
p{margin:.5em 0}
a{color:var(--accent)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.defs{position:absolute;width:0;height:0;overflow:hidden}
.hatch{fill:var(--bar-over)}
.hatch-ground{fill:var(--paper)}
.icon .solid{fill:currentColor;stroke:none}
.visually-hidden{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip-link{position:absolute;left:1rem;top:-3rem;background:var(--paper);color:var(--accent);padding:.5rem .75rem;border:2px solid var(--focus);z-index:1}
.skip-link:focus{top:.5rem}
.muted{color:var(--muted)}
.note{color:var(--muted);font-style:italic}
.eyebrow{margin:1.5rem 0 0;color:var(--muted);font-size:.85rem;letter-spacing:.04em;text-transform:uppercase}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.75rem 0}
.facts dt{color:var(--muted)}
.facts dd{margin:0}
.outcome{background:var(--panel);border-left:4px solid var(--accent);padding:.75rem 1rem;margin:1rem 0}
.outcome p{margin:.25rem 0}
.outcome .headline{font-size:1.1rem;font-weight:600}
.contents ol{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:.5rem 0 0}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.93rem}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{text-align:left;vertical-align:top;padding:.35rem .5rem;border-bottom:1px solid var(--rule)}
thead th{background:var(--panel);font-weight:600}
td.number,th.number{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.word-sections{table-layout:fixed}
.word-sections th:nth-child(1){width:30%}
.word-sections th:nth-child(2){width:9%}
.word-sections th:nth-child(3){width:18.5%}
.word-sections th:nth-child(4){width:12%}
.word-sections.no-ranges th:nth-child(1){width:45%}
.word-sections.no-ranges th:nth-child(2){width:12%}
.word-sections.no-ranges th:nth-child(3){width:auto}
.word-sections th[scope=row]{font-weight:400}
.word-sections .flag{margin:.15rem 0 0}
.bar-cell{vertical-align:middle}
svg.bar{display:block;width:100%;height:auto}
.bar .track{fill:var(--track)}
.bar .range{fill:var(--range)}
.bar .range-edge{fill:none;stroke:var(--range-edge);stroke-width:1.2}
.bar .fill{fill:var(--bar)}
.bar .over{fill:url(#pattern-over)}
.bar .limit{stroke:var(--ink);stroke-width:2}
.bar .accepted{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:3 2}
.bar .minimum{stroke:var(--ink);stroke-width:1.5;stroke-dasharray:1 2}
.total-bar{margin:.5rem 0}
.bar-legend{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;margin:.25rem 0;color:var(--muted);font-size:.87rem}
.key{display:inline-block;width:1.1rem;height:.7rem;vertical-align:-.05rem;margin-right:.35rem;border:1px solid var(--ink)}
.key-fill{background:var(--bar)}
.key-range{background:var(--range);border-color:var(--range-edge)}
.key-over{background:repeating-linear-gradient(135deg,var(--bar-over) 0 2px,var(--paper) 2px 4px)}
.key-limit{width:.2rem;background:var(--ink)}
.key-line{width:0;border-width:0 0 0 2px;border-color:var(--ink)}
.key-accepted{border-left-style:dashed}
.key-minimum{border-left-style:dotted}
.cutoff{border-left:4px solid var(--bar-over);padding:.25rem .75rem;background:var(--panel)}
.flag{display:table;font-size:.8rem;border:1px solid currentColor;border-radius:.2rem;padding:0 .3rem;margin-left:.3rem}
.flag-over{color:var(--missing)}
.slide-strip{list-style:none;display:flex;flex-wrap:wrap;gap:.3rem;padding:0;margin:.5rem 0}
.slide{width:3rem;height:2.1rem;border:1px solid var(--rule);border-radius:.2rem;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:.8rem;font-variant-numeric:tabular-nums;line-height:1.1}
.slide .mark{font-size:.65rem;font-weight:700;letter-spacing:.03em}
.is-hidden{border:2px dashed var(--weak);color:var(--weak)}
.is-beyond{border:2px solid var(--missing);color:var(--missing);background:repeating-linear-gradient(135deg,var(--missing-tint) 0 4px,var(--paper) 4px 8px)}
.slide.first-beyond{position:relative;margin-left:.6rem}
.slide.first-beyond::before{content:"";position:absolute;left:-.55rem;top:-.25rem;bottom:-.25rem;border-left:3px solid var(--ink)}
.key.slide-key{width:1.1rem;height:.8rem;border-radius:.1rem}
.legend{list-style:none;display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:.35rem 1.25rem;padding:0;margin:.5rem 0 1rem;font-size:.9rem}
.legend .chip{border:0;background:none;padding:0;align-items:flex-start}
.legend .chip .swatch,.legend .chip .icon{margin-top:.2rem}
.legend-text{color:var(--ink)}
.legend-text strong{color:var(--s)}
.criteria th[scope=row]{width:24%}
.criteria td{width:38%}
.module-name{display:block;font-weight:600}
.module-counts{display:block;font-weight:400;color:var(--muted);font-size:.85rem}
.criterion-list{list-style:none;padding:0;margin:0;display:grid;gap:.3rem}
.chip,.criterion>summary{display:flex;align-items:center;gap:.4rem;padding:.2rem .45rem;border:1px solid var(--s);border-radius:.25rem;color:var(--s);background:var(--st)}
.criterion.st-evidenced>summary{border-color:var(--rule);background:var(--paper)}
.criterion>summary{cursor:pointer;list-style:none}
.criterion>summary::-webkit-details-marker{display:none}
.criterion>summary::after{content:"";flex:none;margin:0 .2rem 0 auto;width:.45rem;height:.45rem;border:solid var(--ink);border-width:0 2px 2px 0;transform:translateY(-.1rem) rotate(45deg)}
.criterion[open]>summary::after{transform:translateY(.1rem) rotate(-135deg)}
.criterion-id{font-weight:600;color:var(--ink);white-space:nowrap}
.criterion-codes{color:var(--muted);font-size:.85rem;white-space:nowrap}
.status-label{font-size:.85rem}
.swatch{flex:none;width:.8rem;height:.8rem;border:1.5px solid var(--s);-webkit-print-color-adjust:exact;print-color-adjust:exact}
.icon{flex:none;width:1rem;height:1rem;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.st-evidenced{--s:var(--evidenced);--st:var(--evidenced-tint)}
.st-evidenced .swatch{background:var(--evidenced)}
.st-weak{--s:var(--weak);--st:var(--weak-tint)}
.st-weak .swatch{background:repeating-linear-gradient(135deg,var(--weak) 0 2px,var(--paper) 2px 4px)}
.st-missing{--s:var(--missing);--st:var(--missing-tint)}
.st-missing .swatch{background:var(--paper);border-style:dashed}
.st-beyond_limit{--s:var(--beyond_limit);--st:var(--beyond_limit-tint)}
.st-beyond_limit .swatch{background:repeating-linear-gradient(45deg,var(--beyond_limit) 0 1.5px,transparent 1.5px 4px),repeating-linear-gradient(135deg,var(--beyond_limit) 0 1.5px,var(--paper) 1.5px 4px)}
.st-appendix_only{--s:var(--appendix_only);--st:var(--appendix_only-tint)}
.st-appendix_only .swatch{background:radial-gradient(var(--appendix_only) 30%,transparent 32%) 0 0/4px 4px,var(--paper)}
.st-unknown{--s:var(--muted);--st:var(--panel)}
.criterion-body{padding:.4rem .2rem .2rem;color:var(--ink)}
.criterion-body p{margin:.25rem 0}
.evidence{list-style:none;padding:0;margin:.3rem 0}
.evidence li{margin:.4rem 0}
blockquote{margin:0;padding:.1rem .6rem;border-left:3px solid var(--s,var(--rule))}
.where{font-size:.85rem;color:var(--muted)}
.prompts li{margin:.35rem 0}
.severity{font-weight:600;white-space:nowrap}
.severity-error{color:var(--missing)}
.severity-warning{color:var(--weak)}
.report-footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--rule);margin-top:2rem;padding-top:.5rem;padding-bottom:2rem}
@page{size:A4;margin:14mm 12mm}
@media print{
  body{font-size:10pt}
  main,.report-header,.contents,.report-footer{max-width:none;padding:0}
  .skip-link,.contents{display:none}
  a{color:inherit;text-decoration:none}
  h2,h3{break-after:avoid}
  tr,li,.criterion,.outcome,.cutoff,blockquote{break-inside:avoid}
  .criteria tr,.criterion-list>li{break-inside:auto}
  thead{display:table-header-group}
  .criterion>summary::after{content:none}
  .criteria th[scope=row]{width:18%}
  .criteria td{width:41%}
  .criterion-body{font-size:9pt}
  .where{font-size:8pt}
  .chip,.criterion>summary,.slide,.key{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
)CSS";

// Its own rule: a browser that does not know ::details-content drops only this rule. Where it is
// known, printing shows every criterion's evidence without anyone opening it first.
constexpr const char* kPrintOpensDetails = R"CSS(
@media print{details::details-content{content-visibility:visible;display:block}}
)CSS";

}  // namespace

std::string styleSheet() {
    std::string css = ":root{";
    for (const auto& colour : kColours) css += std::string("--") + colour.name + ":" + colour.hex + ";";
    css += "}";
    css += kRules;
    css += kPrintOpensDetails;
    return css;
}

}  // namespace showcase::report::html
