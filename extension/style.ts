/** The style of everything inside the extension's own shadow root (adopted, so a page's CSP does not block it). */
export const HOST_CSS = `
:host { all: initial; position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; }
* { box-sizing: border-box; }
.chip, .panel, dialog { font: 14px/1.4 "Noto Sans", system-ui, sans-serif; color: #333; }
.chip { position: fixed; display: inline-flex; gap: 0.35em; align-items: center; padding: 2px 10px; min-height: 28px; border-radius: 14px; border: 2px solid #6d6d6d; background: #fff; cursor: pointer; box-shadow: 0 1px 4px rgb(0 0 0 / 25%); }
.chip:focus-visible, .panel button:focus-visible, dialog button:focus-visible { outline: 3px solid #0535d2; outline-offset: 2px; }
.chip[data-level="inappropriate"] { border-color: #a62a1e; background: #f6e1e0; }
.chip[data-level="risky"] { border-color: #8a5a00; background: #fbf0d4; }
.chip[data-level="appropriate"] { border-color: #03662a; background: #e6f6ec; }
.chip .mark { font-weight: 700; }
.panel { position: fixed; width: min(420px, calc(100vw - 16px)); max-height: min(70vh, 560px); overflow: auto; padding: 12px 16px; background: #fff; border: 1px solid #6d6d6d; border-radius: 6px; box-shadow: 0 4px 16px rgb(0 0 0 / 30%); }
.panel h2 { font-size: 16px; margin: 0 0 8px; }
.panel h3 { font-size: 14px; margin: 12px 0 4px; }
.panel p, .panel ul, .panel ol { margin: 4px 0; }
.panel blockquote { margin: 4px 0 4px 8px; padding-left: 8px; border-left: 3px solid #6d6d6d; }
.panel .source, .panel .hint { color: #555; font-size: 13px; }
.panel a { color: #0535d2; }
.panel .rewrite { padding: 6px; background: #f1f2f3; white-space: pre-wrap; }
button.action, dialog button { font: inherit; padding: 4px 12px; min-height: 32px; border-radius: 4px; border: 2px solid #26374a; background: #fff; color: #26374a; cursor: pointer; }
button.primary { background: #26374a; color: #fff; }
.close { float: right; }
dialog { max-width: min(460px, calc(100vw - 32px)); border: 1px solid #6d6d6d; border-radius: 6px; padding: 16px 20px; }
dialog::backdrop { background: rgb(0 0 0 / 35%); }
dialog h2 { font-size: 18px; margin: 0 0 8px; }
dialog .buttons { display: flex; gap: 8px; justify-content: flex-end; margin-top: 12px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; white-space: pre-wrap; overflow-wrap: break-word; border-color: transparent !important; background: transparent !important; }
.mirror mark { color: transparent; background: rgb(166 42 30 / 12%); text-decoration: underline wavy #a62a1e; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
.mirror mark[data-level="risky"] { background: rgb(138 90 0 / 12%); text-decoration-color: #8a5a00; }
`;

/** The underline of flagged passages in the site's own editors (CSS Custom Highlight API), from the manifest's content CSS. */
export const HIGHLIGHT_NAMES = { inappropriate: "impartial-inappropriate", risky: "impartial-risky" } as const;
