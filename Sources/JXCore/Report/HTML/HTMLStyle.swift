/// The page's one style sheet, inline so the file stands alone (no network, no fonts to
/// fetch: the system's CJK fonts are named in order of likelihood). The print rules make it
/// an A4 document: white, no shadows, colours kept, charts and cards never split.
enum HTMLStyle {
    static let css = """
    :root {
      --red: #d93025; --yellow: #e37400; --green: #188038; --blue: #1a73e8; --none: #80868b;
      --red-pale: #fce8e6; --yellow-pale: #fef0d9; --green-pale: #e6f4ea; --blue-pale: #e8f0fe; --none-pale: #f1f3f4;
      --ink: #202124; --muted: #5f6368; --rule: #dadce0; --paper: #ffffff; --desk: #f3f4f6;
    }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body {
      margin: 0; background: var(--desk); color: var(--ink);
      font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
        "Hiragino Sans GB", "WenQuanYi Micro Hei", system-ui, sans-serif;
      font-size: 14px; line-height: 1.6; font-variant-numeric: tabular-nums;
    }
    .page { max-width: 1040px; margin: 24px auto; background: var(--paper); padding: 36px 44px 28px;
      box-shadow: 0 1px 3px rgba(0,0,0,.08), 0 4px 16px rgba(0,0,0,.06); border-radius: 6px; }
    header.masthead { border-bottom: 3px solid var(--red); padding-bottom: 14px; margin-bottom: 20px; }
    .eyebrow { color: var(--muted); font-size: 13px; letter-spacing: .04em; }
    h1 { font-size: 26px; line-height: 1.3; margin: 4px 0 6px; font-weight: 700; }
    .meta { color: var(--muted); font-size: 13px; }
    .meta b { color: var(--ink); font-weight: 600; }
    .scenario { display: inline-block; margin-left: 8px; padding: 0 8px; border-radius: 10px;
      background: var(--blue-pale); color: var(--blue); font-size: 12px; }
    .part { margin-top: 28px; }
    h2.part-title { font-size: 21px; border-left-width: 6px; }
    h2.part-title .score { font-size: 14px; font-weight: normal; margin-left: 10px; }
    h2 { font-size: 18px; margin: 30px 0 10px; padding-left: 10px; border-left: 4px solid var(--red); line-height: 1.3; }
    h3 { font-size: 15px; margin: 18px 0 6px; }
    h4 { font-size: 13px; margin: 12px 0 2px; color: var(--muted); font-weight: 600; }
    .note { color: var(--muted); font-size: 12px; margin: 2px 0 8px; }

    .lede { font-size: 15px; margin: 0 0 16px; }
    .lede b { font-weight: 700; }
    .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(136px, 1fr)); gap: 12px; }
    .card { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px 12px; background: #fff; }
    .card .k { color: var(--muted); font-size: 12px; }
    .card .v { font-size: 26px; font-weight: 700; line-height: 1.25; margin-top: 2px; }
    .card .v small { font-size: 14px; font-weight: 600; margin-left: 2px; }
    .card .s { color: var(--muted); font-size: 12px; margin-top: 2px; }
    .card.red { border-top: 4px solid var(--red); } .card.yellow { border-top: 4px solid var(--yellow); }
    .card.green { border-top: 4px solid var(--green); } .card.blue { border-top: 4px solid var(--blue); }
    .card.none { border-top: 4px solid var(--none); }
    .v.red { color: var(--red); } .v.yellow { color: var(--yellow); } .v.green { color: var(--green); } .v.blue { color: var(--blue); }
    .meter { height: 6px; background: var(--none-pale); border-radius: 3px; margin-top: 6px; overflow: hidden; }
    .meter span { display: block; height: 6px; background: var(--ink); }
    .meter span.red { background: var(--red); } .meter span.yellow { background: #f29900; }
    .meter span.green { background: var(--green); } .meter span.blue { background: var(--blue); }

    .chip { display: inline-block; padding: 0 7px; border-radius: 9px; font-size: 12px; line-height: 18px;
      margin: 2px 4px 0 0; white-space: nowrap; }
    .chip.red { background: var(--red-pale); color: var(--red); } .chip.yellow { background: var(--yellow-pale); color: var(--yellow); }
    .chip.green { background: var(--green-pale); color: var(--green); } .chip.blue { background: var(--blue-pale); color: var(--blue); }
    .chip.none { background: var(--none-pale); color: var(--muted); }
    .dot { display: inline-block; width: 9px; height: 9px; border-radius: 50%; margin-right: 4px; vertical-align: 0; }
    .dot.red { background: var(--red); } .dot.yellow { background: var(--yellow); } .dot.green { background: var(--green); }
    .dot.blue { background: var(--blue); } .dot.none { background: var(--none); }

    .legend { font-size: 12px; color: var(--muted); margin: 4px 0 2px; }
    .legend .sw { display: inline-block; width: 18px; height: 10px; border-radius: 2px; vertical-align: -1px; margin: 0 4px 0 12px; }
    .legend .sw:first-child { margin-left: 0; }
    .legend .rule { display: inline-block; width: 0; height: 12px; border-left: 2px dashed var(--ink); vertical-align: -2px; margin: 0 4px 0 12px; }

    svg.chart { width: 100%; height: auto; display: block; margin: 2px 0 4px; }
    svg.chart text { font-size: 13px; fill: var(--ink); }
    svg.chart .label.strong { font-weight: 700; }
    svg.chart .tick, svg.chart .detail { font-size: 12px; fill: var(--muted); }
    svg.chart .value { font-weight: 600; }
    svg.chart .light-text { font-size: 12px; }
    svg.chart .pending { fill: var(--muted); font-style: italic; font-size: 12px; }
    svg.chart .ref-label { font-size: 12px; font-weight: 600; }
    svg.chart .track { fill: #f1f3f4; }
    svg.chart .arrived { fill: #c6d4e3; }
    svg.chart .grid { stroke: #e8eaed; stroke-width: 1; }
    svg.chart .ref { stroke: var(--ink); stroke-width: 1.5; }
    svg.chart .ref.dashed { stroke-dasharray: 5 3; }
    svg.chart .break { fill: #fff; }
    svg.chart .marker { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 3 2; }
    svg.chart .group { font-size: 12px; font-weight: 700; fill: var(--muted); }
    .fill-red { fill: var(--red); } .fill-yellow { fill: #f29900; } .fill-green { fill: var(--green); }
    .fill-blue { fill: var(--blue); } .fill-none { fill: var(--none); }
    .fill-red.pale { fill: var(--red-pale); } .fill-yellow.pale { fill: var(--yellow-pale); } .fill-green.pale { fill: var(--green-pale); }
    .fill-blue.pale { fill: var(--blue-pale); } .fill-none.pale { fill: var(--none-pale); }

    table { width: 100%; border-collapse: collapse; font-size: 12.5px; margin: 6px 0 4px; }
    th, td { border-bottom: 1px solid var(--rule); padding: 5px 6px; text-align: left; vertical-align: top; }
    th { background: #f8f9fa; font-weight: 600; color: var(--muted); font-size: 12px; white-space: nowrap; }
    td.n, th.n { text-align: right; white-space: nowrap; }
    tr.source td { color: var(--muted); }
    tr.group td { background: #fafafa; font-weight: 600; color: var(--muted); }
    td .why { color: var(--muted); font-size: 12px; }

    .findings { list-style: none; padding: 0; margin: 4px 0; }
    .findings li { border-left: 3px solid var(--rule); padding: 4px 0 4px 12px; margin: 8px 0; }
    .findings li.error { border-color: var(--red); } .findings li.warning { border-color: var(--yellow); }
    .findings li.info { border-color: var(--blue); }
    .findings .lead { font-weight: 600; }
    .findings code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; color: var(--muted);
      background: #f1f3f4; padding: 0 4px; border-radius: 3px; }
    .findings .msg { display: block; font-size: 13px; }
    .findings .hint, .findings .loc { display: block; font-size: 12px; color: var(--muted); }
    .ok { color: var(--green); }

    footer { margin-top: 28px; padding-top: 10px; border-top: 1px solid var(--rule); color: var(--muted); font-size: 12px; }

    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { background: #fff; font-size: 9.5pt; }
      h1 { font-size: 18pt; } h2 { font-size: 13pt; margin-top: 18pt; } h3 { font-size: 10.5pt; }
      .lede { font-size: 15px; margin: 0 0 16px; }
    .lede b { font-weight: 700; }
    .cards { grid-template-columns: repeat(auto-fit, minmax(96px, 1fr)); gap: 8px; }
      .card { padding: 6px 9px 8px; } .card .v { font-size: 16pt; } .card .k, .card .s { font-size: 7.5pt; }
      .chip { font-size: 7.5pt; line-height: 13px; padding: 0 5px; }
      table { font-size: 8pt; } th { font-size: 7.5pt; } td .why { font-size: 7.5pt; }
      th, td { padding: 3px 5px; }
      .legend, .note, footer { font-size: 7.5pt; }
      .findings .msg { font-size: 8.5pt; } .findings .hint, .findings .loc { font-size: 7.5pt; }
      .page { max-width: none; margin: 0; padding: 0; box-shadow: none; border-radius: 0; }
      h2 { break-after: avoid; page-break-after: avoid; }
      h3, h4, .legend, .note { break-after: avoid; page-break-after: avoid; }
      .card, svg.chart, tr, .findings li { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
    }
    @media (max-width: 720px) { .page { padding: 20px 16px; margin: 0; border-radius: 0; } }

    """
}
