/**
 * Accessibility checks run inside the page (Chromium, via playwright-core's page.evaluate), the
 * equivalent of the axe-core rules that matter for a report (axe-core is not a dependency: issue 17
 * allows "the equivalent checks"). Each problem is a sentence naming the element, so a failure says
 * what to fix. WCAG 2.2 success criteria:
 *   - html-has-lang (3.1.1): <html lang> is set;
 *   - page-has-heading-one, heading-order (1.3.1): exactly one h1, first; no level skipped going down;
 *   - table captions and header scope (1.3.1): every table has a non-empty caption, at least one th,
 *     and every th a scope (col in thead, row in tbody);
 *   - image alternatives (1.1.1): every img has alt; every svg not hidden from assistive technology
 *     has role="img" and a non-empty accessible name (aria-labelledby / aria-label / <title>);
 *   - colour contrast (1.4.3): every visible text, HTML and SVG, at least 4.5:1 against the colour
 *     behind it (backgrounds composed up the ancestors; the contrast ratio of WCAG's relative luminance).
 *     4.5:1 for every size, stricter than WCAG's 3:1 for large text.
 * The function is self-contained (no closure): playwright serialises it into the page.
 */
export interface A11yResult {
  problems: string[];
  /** What was checked, so a test can say it did not pass by checking nothing. */
  checked: { headings: number; tables: number; svgs: number; textElements: number; symbolCells: number; minContrast: number };
}

export function a11yChecks(): A11yResult {
  const problems: string[] = [];
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : '';
    const cls = el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : '';
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls}> "${text}"`;
  };

  // language
  if (!(document.documentElement.getAttribute('lang') ?? '').trim()) problems.push('<html> has no lang attribute');

  // headings
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
  const levels = headings.map((h) => Number(h.tagName[1]));
  if (levels.filter((l) => l === 1).length !== 1) problems.push(`expected exactly one h1, found ${levels.filter((l) => l === 1).length}`);
  if (levels[0] !== 1) problems.push(`the first heading is h${levels[0]}, not h1`);
  for (let i = 1; i < levels.length; i++)
    if (levels[i]! > levels[i - 1]! + 1) problems.push(`heading level skipped: h${levels[i - 1]} then h${levels[i]} at ${describe(headings[i]!)}`);
  for (const h of headings) if (!(h.textContent ?? '').trim()) problems.push(`empty heading ${describe(h)}`);

  // tables
  const tables = [...document.querySelectorAll('table')];
  for (const t of tables) {
    const cap = t.querySelector(':scope > caption');
    if (!cap || !(cap.textContent ?? '').trim()) problems.push(`table without a caption: ${describe(t)}`);
    const ths = [...t.querySelectorAll('th')];
    if (ths.length === 0) problems.push(`table without header cells: ${describe(t)}`);
    for (const th of ths) {
      const scope = th.getAttribute('scope');
      const want = th.closest('thead') ? 'col' : 'row';
      if (scope !== want) problems.push(`th without scope="${want}" (has ${scope ?? 'none'}) in ${describe(t)}: ${describe(th)}`);
    }
  }

  // images and charts
  for (const img of document.querySelectorAll('img')) if (!img.hasAttribute('alt')) problems.push(`img without alt: ${describe(img)}`);
  const svgs = [...document.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
  const nameOf = (el: Element): string => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    return (el.getAttribute('aria-label') ?? el.querySelector(':scope > title')?.textContent ?? '').trim();
  };
  for (const s of svgs) {
    if (s.getAttribute('aria-hidden') === 'true') continue;
    if (s.getAttribute('role') !== 'img') problems.push(`svg without role="img": ${describe(s)}`);
    if (!nameOf(s)) problems.push(`svg without a text alternative (aria-labelledby, aria-label or title): ${describe(s)}`);
  }

  // contrast
  type Rgba = [number, number, number, number];
  const parse = (c: string): Rgba | null => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
  };
  const over = (top: Rgba, under: Rgba): Rgba => {
    const a = top[3] + under[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const background = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      if (e instanceof SVGElement && e.tagName.toLowerCase() !== 'svg') continue;
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) layers.push(c);
    }
    let bg: Rgba = [255, 255, 255, 1]; // the canvas
    for (const l of layers.reverse()) bg = over(l, bg);
    return bg;
  };
  const luminance = (c: Rgba): number => {
    const ch = (v: number) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2]);
  };
  const ratio = (a: Rgba, b: Rgba): number => {
    const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (l1! + 0.05) / (l2! + 0.05);
  };
  let textElements = 0;
  let symbolCells = 0;
  let minContrast = Infinity;
  const seen = new Set<Element>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !(n.textContent ?? '').trim()) continue;
    seen.add(el);
    const tag = el.tagName.toLowerCase();
    if (tag === 'title' || tag === 'desc' || tag === 'style') continue; // not painted
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0 && !el.closest('details:not([open])')) continue;
    const isSvgText = el instanceof SVGElement;
    const fg0 = parse(isSvgText ? style.fill : style.color);
    if (!fg0) continue; // e.g. fill: none
    const opacity = Number(isSvgText ? style.fillOpacity : 1) * Number(style.opacity);
    if (opacity === 0) continue; // not painted: vega hides axis labels that would overlap with opacity 0
    const bg = background(el);
    const fg = over([fg0[0], fg0[1], fg0[2], fg0[3] * opacity], bg);
    const r = ratio(fg, bg);
    textElements++;
    if (el.matches('.sym')) symbolCells++;
    minContrast = Math.min(minContrast, r);
    if (r < 4.5) problems.push(`contrast ${r.toFixed(2)}:1 < 4.5:1 (text ${style.color || style.fill} on rgb(${bg.slice(0, 3).map(Math.round).join(', ')})): ${describe(el)}`);
  }
  return { problems, checked: { headings: headings.length, tables: tables.length, svgs: svgs.length, textElements, symbolCells, minContrast: Math.round(minContrast * 100) / 100 } };
}
