import Foundation

extension HTML {
    /// Inline, so the report is one file that opens anywhere, offline. System fonts only.
    static let stylesheet = """
    :root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --paper: #ffffff; --wash: #f6f8fa;
      --ready: #1a7f37; --needs-work: #b35900; --not-ready: #cf222e; }
    * { box-sizing: border-box; }
    body { margin: 0; background: var(--wash); color: var(--ink); line-height: 1.5;
      font: 15px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
    main { max-width: 1040px; margin: 0 auto; padding: 32px 24px 48px; display: flex; flex-direction: column; }
    /* The report streams, so the counts and portfolio lines come last in the file; shown first. */
    header, .counts, .portfolio { order: -1; }
    code { font: 0.88em ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace;
      background: var(--wash); border: 1px solid var(--line); border-radius: 4px; padding: 0 4px; }
    h1 { font-size: 26px; margin: 2px 0 4px; }
    h2 { font-size: 18px; margin: 0 0 4px; word-break: break-all; }
    h2 code { background: none; border: 0; padding: 0; font-size: 1em; }
    h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 24px 0 8px; }
    .muted { color: var(--muted); margin: 0; }
    .capped { color: var(--not-ready); font-weight: 600; margin: 0; }
    .brand { font-weight: 700; letter-spacing: .04em; color: var(--muted); font-size: 13px; text-transform: uppercase; }
    .counts { margin: 0 0 24px; }
    .portfolio, .project, .caveats { background: var(--paper); border: 1px solid var(--line); border-radius: 10px;
      padding: 20px 24px; margin-bottom: 20px; }
    .portfolio { padding: 14px 24px; }
    .summary { display: flex; gap: 32px; align-items: center; }
    .overview { flex: 1; min-width: 0; }
    .gauge { text-align: center; flex: none; }
    .gauge .track { fill: none; stroke: #e6e9ed; stroke-width: 10; }
    .gauge .arc { fill: none; stroke: currentColor; stroke-width: 10; stroke-linecap: round; }
    .gauge .number { font-size: 34px; font-weight: 700; fill: var(--ink); }
    .band-label { font-weight: 600; margin-top: -2px; }
    .band-ready { color: var(--ready); } .band-needs-work { color: var(--needs-work); } .band-not-ready { color: var(--not-ready); }
    .categories { margin-top: 12px; display: grid; gap: 7px; }
    .category { display: grid; grid-template-columns: 240px 1fr 36px 64px; gap: 12px; align-items: center; font-size: 14px; }
    .category .track { height: 10px; background: #e6e9ed; border-radius: 5px; overflow: hidden; display: block; }
    .category .fill { display: block; height: 100%; border-radius: 5px; background: currentColor; }
    .category .value { text-align: right; font-weight: 600; font-variant-numeric: tabular-nums; }
    .category .weight { color: var(--muted); font-size: 12px; }
    .category.na .name, .category.na .value { color: var(--muted); }
    .category.na .track { background: repeating-linear-gradient(45deg, #eef0f3 0 6px, #f8f9fa 6px 12px); }
    .actions { margin: 0; padding-left: 22px; }
    .actions li { margin: 3px 0; }
    .points { display: inline-block; min-width: 48px; font-weight: 600; color: var(--ready); font-variant-numeric: tabular-nums; }
    .findings { list-style: none; margin: 0; padding: 0; border-top: 1px solid var(--line); }
    .finding { padding: 10px 0; border-bottom: 1px solid var(--line); }
    .finding-head { display: flex; gap: 8px; align-items: baseline; flex-wrap: wrap; }
    .finding .title { font-weight: 600; }
    .finding .location { margin-left: auto; color: var(--muted); font: 12px ui-monospace, Menlo, Consolas, monospace; }
    .finding .message { margin: 4px 0 0; }
    .finding .why { margin: 4px 0 0; color: var(--muted); font-size: 13px; }
    .pill { font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border-radius: 10px;
      padding: 1px 8px; color: #fff; }
    .pill.error { background: var(--not-ready); } .pill.warning { background: #9a6700; } .pill.info { background: #0969da; }
    .caveats { background: #fff8c5; border-color: #d4a72c66; }
    .caveats h3 { margin-top: 0; color: #7d4e00; }
    .caveats p { margin: 0 0 6px; }
    .caveats ul { margin: 0; padding-left: 20px; }
    @media (max-width: 720px) { .summary { flex-direction: column; align-items: flex-start; }
      .category { grid-template-columns: 130px 1fr 32px 60px; } }

    """
}
