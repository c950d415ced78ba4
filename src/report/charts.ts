/**
 * Charts: a ChartSpec (document.ts) → a vega-lite spec (chart-specs.ts) → inline SVG, in Node with
 * no canvas and no network (stack notes §6). The loader refuses every URL, and every warning of
 * vega-lite and vega is collected instead of printed. The SVG gets a <title> and <desc> for screen
 * readers and loses its xmlns attributes (not needed inline in HTML, and they are URLs).
 * Suppressed or missing values are left out of the chart with a note, never drawn as zero.
 */
import type * as Vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { ChartSpec } from './document.js';
import { chartData, vegaLiteSpec } from './chart-specs.js';
import { CHART } from './messages.js';
import { escapeHtml, reportText } from '../domain/markup-text.js';

export interface RenderedChart {
  id: string;
  title: string;
  description: string;
  /** Inline SVG, or null when nothing could be plotted. */
  svg: string | null;
  /** What was left out, and why (for the caption). */
  notes: string[];
  /** Warnings from vega-lite / vega (empty in a good chart). */
  warnings: string[];
}

// vega and vega-lite are loaded on the first chart, not at start-up (most commands draw none)
let libs: Promise<{ vega: typeof import('vega'); vl: typeof import('vega-lite') }> | undefined;
function chartLibs() {
  libs ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vl]) => ({ vega, vl }));
  return libs;
}

function collectingLogger(vega: typeof import('vega'), warnings: string[]) {
  return vega.logger(vega.Warn, undefined, (_method, level, args) => {
    warnings.push(`${level} ${args.map((a) => (a instanceof Error ? a.message : String(a))).join(' ')}`);
  });
}

export async function offlineLoader(): Promise<Vega.Loader> {
  const { vega } = await chartLibs();
  const loader = vega.loader();
  const refuse = async (u: string): Promise<never> => {
    throw new Error(CHART.blockedUrl(u));
  };
  loader.load = refuse as Vega.Loader['load'];
  loader.sanitize = refuse as Vega.Loader['sanitize'];
  return loader;
}

/** Title and description of a chart (LA names among them) as any report text (src/domain/markup-text.ts). */
const escapeXml = escapeHtml;

/** Adds role, title and desc to the root <svg>, and drops the xmlns attributes. */
export function accessibleSvg(svg: string, id: string, title: string, desc: string): string {
  const safeId = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return svg.replace(/^<svg([^>]*)>/, (_m, attrs: string) => {
    const kept = attrs.replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
    return (
      `<svg${kept} role="img" aria-labelledby="chart-${safeId}-title chart-${safeId}-desc">` +
      `<title id="chart-${safeId}-title">${escapeXml(title)}</title>` +
      `<desc id="chart-${safeId}-desc">${escapeXml(desc)}</desc>`
    );
  });
}

/** Any vega-lite spec → raw SVG, offline, with the warnings collected. */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<{ svg: string; warnings: string[] }> {
  const { vega, vl } = await chartLibs();
  const warnings: string[] = [];
  const logger = collectingLogger(vega, warnings);
  const compiled = vl.compile(spec, { logger });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', loader: await offlineLoader(), logger });
  try {
    await view.runAsync();
    // vega escapes <, & and quotes in labels, but passes control characters and bidi overrides from an
    // LA name or label through; none belongs in markup it wrote, so they are shown as \x1b (markup-text.ts)
    return { svg: reportText(await view.toSVG()), warnings };
  } finally {
    view.finalize();
  }
}

/** `laName` names the report's LA in the charts (default "This LA (855)"). */
export async function renderChart(chart: ChartSpec, la: string, laName?: string | null): Promise<RenderedChart> {
  const data = chartData(chart, la, laName);
  const notes = [...(chart.kind === 'by-la' && chart.interval ? [CHART.zeroLine] : []), ...(data.leftOut.length ? [CHART.leftOut(data.leftOut)] : [])];
  const base = { id: chart.id, title: chart.title, description: data.description };
  if (data.points.length === 0) return { ...base, svg: null, notes: [...notes, CHART.nothingToPlot], warnings: [] };
  const { svg, warnings } = await renderVegaLiteSvg(vegaLiteSpec(chart, data, la, laName));
  return { ...base, svg: accessibleSvg(svg, chart.id, chart.title, data.description), notes, warnings };
}

/** Renders every chart of the document, in document order (one after another: deterministic). */
export async function renderCharts(charts: readonly ChartSpec[], la: string, laName?: string | null): Promise<RenderedChart[]> {
  const out: RenderedChart[] = [];
  for (const c of charts) out.push(await renderChart(c, la, laName));
  return out;
}
