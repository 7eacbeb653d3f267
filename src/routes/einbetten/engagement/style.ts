/**
 * The widget's own small stylesheet: it lives inside someone else's page, so it brings nothing of
 * the platform's and sets only what it needs. System fonts, the town's colour for links, readable
 * at 320 px, visible focus, contrast AA.
 */
export const WIDGET_STYLE = `
*{box-sizing:border-box}
body{margin:0;font:1rem/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
.widget{padding:.75rem 1rem}
h1{font-size:1.15rem;margin:0 0 .5rem}
ul{list-style:none;margin:0;padding:0}
li{padding:.6rem 0;border-bottom:1px solid #d0d0d0}
li p{margin:.15rem 0 0}
a{color:var(--brand,#0b5394);font-weight:600;text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
a:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
.facts{display:flex;flex-wrap:wrap;gap:.25rem .75rem;font-size:.9rem;color:#474747}
.more{margin:.75rem 0 0}
.hint{font-size:.85rem;color:#474747;margin:.25rem 0 0}
`;
