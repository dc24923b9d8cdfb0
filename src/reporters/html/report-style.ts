/**
 * The report's stylesheet, inlined (and allowed by its hash in the Content-Security-Policy).
 * Severity is shown by colour and by underline style and an icon, never by colour alone; colours
 * meet WCAG AA contrast on their backgrounds.
 */
export const REPORT_STYLE = `
:root{--fg:#1b1f24;--muted:#4a5260;--bg:#fff;--line:#d0d7de;--panel:#f6f8fa;--focus:#0a58ca;
--error:#a4001d;--error-bg:#fde8ec;--warning:#7a4300;--warning-bg:#fff0d4;--info:#0b4f8a;--info-bg:#e4f0fb;
--ins:#0f5a23;--ins-bg:#dcf5e2;--del:#8f0f1e;--del-bg:#fde3e6}
*{box-sizing:border-box}
[hidden]{display:none !important}
html,body{margin:0;padding:0}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--fg);background:var(--bg)}
a{color:#0645ad}
:focus-visible{outline:3px solid var(--focus);outline-offset:1px}
.skip{position:absolute;left:-9999px}
.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.25rem .5rem;z-index:10}
header.top{padding:.75rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
h1{font-size:1.25rem;margin:0 0 .25rem}
h1 code{font-size:1.1rem;word-break:break-all}
h2{font-size:1.05rem;margin:0 0 .5rem}
.meta{margin:0;color:var(--muted)}
.counts{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:.25rem 0 0;padding:0;list-style:none}
.counts li{white-space:nowrap}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin-top:.5rem}
button{font:inherit;padding:.2rem .6rem;border:1px solid #6e7781;border-radius:4px;background:#fff;color:var(--fg);cursor:pointer}
button:hover{background:#eef1f4}
button[aria-pressed="true"]{background:#1b1f24;color:#fff;border-color:#1b1f24}
kbd{font:12px ui-monospace,monospace;border:1px solid #8c959f;border-radius:3px;padding:0 .25rem;background:#fff;color:var(--fg)}
button[aria-pressed="true"] kbd{background:#1b1f24;color:#fff;border-color:#fff}
details.shortcuts dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .75rem;margin:.5rem 0}
details.shortcuts dd{margin:0}
.layout{display:grid;grid-template-columns:minmax(0,1fr) minmax(20rem,28rem);gap:0}
.pane{padding:.75rem 1rem;overflow:auto;max-height:calc(100vh - 9rem)}
.text-pane{border-right:1px solid var(--line)}
@media (max-width:60rem){.layout{grid-template-columns:1fr}.pane{max-height:none}.text-pane{border-right:0}}
.view-switch{display:flex;gap:.25rem;margin-bottom:.5rem}
.article,.diff-inline{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.7;max-width:48rem}
mark.hl{color:inherit;text-decoration-line:underline;text-decoration-thickness:2px;text-underline-offset:3px;cursor:pointer;border-radius:2px}
mark.sev-error{background:var(--error-bg);text-decoration-color:var(--error);text-decoration-style:wavy}
mark.sev-warning{background:var(--warning-bg);text-decoration-color:var(--warning);text-decoration-style:dashed}
mark.sev-info{background:var(--info-bg);text-decoration-color:var(--info);text-decoration-style:dotted}
mark.hl.active{outline:2px solid var(--focus);outline-offset:1px}
mark.hl.decided-accepted{background:var(--ins-bg)}
mark.hl.decided-rejected{background:#eceff2;text-decoration-color:#6e7781}
a.ref{-webkit-user-select:none;user-select:none;font:bold 11px/1 system-ui,sans-serif;vertical-align:super;text-decoration:none;margin:0 1px;padding:0 2px;border-radius:3px}
a.ref.sev-error{color:var(--error)}a.ref.sev-warning{color:var(--warning)}a.ref.sev-info{color:var(--info)}
.filters{display:flex;flex-wrap:wrap;gap:.25rem .75rem;margin:0 0 .5rem}
.filters label{display:flex;flex-direction:column;font-size:13px;color:var(--muted)}
select{font:inherit;font-size:14px;max-width:13rem;color:var(--fg);background:#fff;border:1px solid #6e7781;border-radius:4px}
.status{min-height:1.5em;margin:0 0 .5rem;color:var(--muted)}
ol.findings{list-style:none;margin:0;padding:0}
li.finding{border:1px solid var(--line);border-left-width:5px;border-radius:4px;padding:.4rem .6rem;margin:0 0 .5rem;background:#fff}
li.finding.sev-error{border-left-color:var(--error)}li.finding.sev-warning{border-left-color:var(--warning);border-left-style:dashed}li.finding.sev-info{border-left-color:var(--info);border-left-style:dotted}
li.finding.selected{box-shadow:0 0 0 2px var(--focus)}
li.finding[data-decision="accepted"]{background:#f3fbf5}
li.finding[data-decision="rejected"]{background:#f6f7f8}
.finding-head{display:flex;flex-wrap:wrap;gap:.1rem .6rem;align-items:baseline;font-size:13px}
.sev{font-weight:600}.sev.sev-error{color:var(--error)}.sev.sev-warning{color:var(--warning)}.sev.sev-info{color:var(--info)}
.rule,.cat{color:var(--muted)}
.state{font-weight:600}
.state[data-state="accepted"]{color:var(--ins)}
.state[data-state="rejected"]{color:var(--muted)}
li.finding p{margin:.25rem 0}
.label{color:var(--muted);font-size:13px}
.note{font-size:14px}
.source{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC",sans-serif}
ul.suggestions{margin:.25rem 0;padding-left:1.1rem}
.badge{display:inline-block;font-size:11px;line-height:1.4;padding:0 .35rem;border-radius:8px;border:1px solid #6e7781;color:var(--fg);background:#fff;vertical-align:1px}
.badge.origin-glossary{border-color:#0b4f8a;color:#0b4f8a}
.badge.origin-llm{border-style:dashed;border-color:#6b2c91;color:#6b2c91}
.badge.verification-failed{background:var(--del-bg);color:var(--del);border-color:var(--del)}
.replacement{font-weight:600}
.deletion{font-style:italic;color:var(--muted)}
.safe{font-size:12px;color:var(--ins)}
fieldset.decide{border:1px solid var(--line);border-radius:4px;margin:.5rem 0 .25rem;padding:.4rem .6rem}
fieldset.decide legend{font-size:13px;font-weight:600;padding:0 .25rem}
.decide .option{display:block;margin:.1rem 0}
.decide input[type="text"]{font:inherit;width:100%;margin:.15rem 0 .35rem;padding:.15rem .35rem;border:1px solid #6e7781;border-radius:4px}
.decide .buttons{display:flex;flex-wrap:wrap;gap:.35rem}
.diff-inline del,.diff-side del{background:var(--del-bg);color:var(--del);text-decoration:line-through}
.diff-inline ins,.diff-side ins{background:var(--ins-bg);color:var(--ins);text-decoration:underline}
table.diff-side{border-collapse:collapse;width:100%;font-size:15px}
table.diff-side caption{text-align:left;font-weight:600;padding-bottom:.25rem}
table.diff-side th,table.diff-side td{border:1px solid var(--line);padding:.25rem .4rem;vertical-align:top;text-align:left}
table.diff-side td{white-space:pre-wrap;overflow-wrap:anywhere;width:50%}
table.diff-side th[scope="row"]{color:var(--muted);font-weight:normal;white-space:nowrap}
.empty{color:var(--muted);font-style:italic}
table.files{border-collapse:collapse;margin:1rem}
table.files th,table.files td{border:1px solid var(--line);padding:.3rem .6rem;text-align:right}
table.files th:first-child,table.files td:first-child{text-align:left}
`;
