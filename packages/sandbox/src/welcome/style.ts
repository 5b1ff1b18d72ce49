/**
 * The welcome page's stylesheet, served at `/welcome.css` (the page's policy allows styles from
 * its own origin only: no `style` attribute, no inline `<style>`). Colours keep a contrast of at
 * least 7:1 for text (WCAG AAA) and 4.5:1 for links on their background.
 */
export const welcomeStyle = `:root {
  color-scheme: light;
  font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", Tahoma, sans-serif;
  line-height: 1.55;
  color: #1b1f24;
  background: #ffffff;
}
body { margin: 0 auto; padding: 1.5rem 1.25rem 3rem; max-width: 52rem; }
a { color: #0b4f8a; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid #b34700; outline-offset: 2px; }
h1 { font-size: 1.9rem; line-height: 1.25; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 0.5rem; border-block-end: 1px solid #d0d7de; padding-block-end: 0.25rem; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; }
code { background: #f3f4f6; padding: 0.05em 0.3em; border-radius: 0.2em; overflow-wrap: anywhere; }
pre { background: #f3f4f6; padding: 0.75rem 1rem; overflow-x: auto; border-radius: 0.3em; text-align: left; }
pre code { background: none; padding: 0; }
var { font-style: italic; }
.languages { display: flex; gap: 1rem; list-style: none; margin: 0; padding: 0; justify-content: flex-end; }
.languages a[aria-current="page"] { font-weight: 700; text-decoration: none; color: #1b1f24; }
.targets li { margin-block: 0.2rem; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin-block: 0.75rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.4rem; }
th, td { text-align: start; vertical-align: top; border: 1px solid #d0d7de; padding: 0.45rem 0.6rem; }
thead th { background: #f3f4f6; }
`;
