/**
 * Builds an LMS package in the provider's browser: the launch page and the pathway's lesson
 * pages, fetched from this site and rewritten to relative URLs (an LMS decides where a
 * package lives), every script and style they load, and the manifest, zipped with fflate.
 * Rewriting works on the HTML our own templates write (double-quoted attributes) and never
 * touches inline scripts, so the hashes in each page's Content-Security-Policy still match.
 */
import { strToU8, zipSync } from 'fflate';
import type { CatalogueLesson } from '../catalogue';
import { encodePathway, pathwayId, type Pathway } from '../pathway';
import { writeManifest } from './manifest';
import { PACKAGE_FORMAT, type PackageConfig } from './runtime';
import type { ScormVersion } from './suspend-data';

/** Where packaged pages and their URLs come from. */
export interface SiteInfo {
  /** The site's base path, with a trailing slash: "/" or "/courses/dl/". */
  base: string;
  /** The public origin, for links to pages that are not in the package. */
  origin: string;
}

const URL_ATTRIBUTES = /(\s(?:href|src|component-url|renderer-url|before-hydration-url)=")([^"]*)"/g;

/** Package path of a site path: "/courses/dl/sections/x/#top" → "sections/x/index.html#top" (null if outside the base). */
export function packagePath(sitePath: string, base: string): string | null {
  if (!sitePath.startsWith(base)) return null;
  const m = /^([^?#]*)([?#].*)?$/.exec(sitePath.slice(base.length))!;
  const path = m[1] ?? '';
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return file + (m[2] ?? '');
}

export interface RewriteOptions {
  site: SiteInfo;
  /** This page's package path, e.g. "activities/trust/index.html". */
  path: string;
  /** Package paths of the pages in the package. */
  pages: ReadonlySet<string>;
}

/**
 * Rewrite one page for the package: site links become relative when the target is packaged,
 * absolute links to the public site (opening in a new tab) when not; assets become relative.
 */
export function rewritePage(html: string, options: RewriteOptions): string {
  const { site, path, pages } = options;
  const up = '../'.repeat(path.split('/').length - 1);
  let out = html.replace(/<html(\s|>)/, '<html data-lms-package$1');
  // Search needs the whole site's index, which a package does not carry: the search link opens the site.
  out = out.replace(/\sdata-search-(?:open|dialog)(?:="[^"]*")?(?=[\s/>])/g, '');
  out = out.replace(/<(a|link|script|astro-island)\b[^>]*>/g, (tag, name: string) => {
    let external = false;
    const rewritten = tag.replace(URL_ATTRIBUTES, (whole, head: string, value: string) => {
      if (!value.startsWith('/') || value.startsWith('//')) return whole;
      const target = packagePath(value, site.base);
      if (target === null) {
        external = true;
        return `${head}${site.origin}${value}"`;
      }
      const file = target.replace(/[?#].*$/, '');
      const isAsset = !file.endsWith('.html');
      if (isAsset || pages.has(file)) {
        const relative = file === path ? target.slice(file.length) || up + file : up + target;
        return `${head}${relative}"`;
      }
      external = true;
      return `${head}${site.origin}${value}"`;
    });
    return external && name === 'a' && !/\starget=/.test(rewritten) ? rewritten.replace(/^<a\b/, '<a target="_blank"') : rewritten;
  });
  return out;
}

/** The launch page's frame shows the package's own pages, which its CSP must allow. */
export function allowSelfFrames(html: string): string {
  return html.replace(/(<meta http-equiv="content-security-policy" content="[^"]*?frame-src) /, "$1 'self' ");
}

/** Put the package settings into the launch page, as a JSON data block (never executed). */
export function addConfig(html: string, config: PackageConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  // A function, not a replacement string: `$'`, `$&` or `$$` in a title or message are text.
  return html.replace('</head>', () => `<script type="application/json" id="lms-package">${json}</script></head>`);
}

/** Files a script or stylesheet in `_astro/` loads, as names in `_astro/`. */
export function assetReferences(text: string, kind: 'js' | 'css'): string[] {
  const names = new Set<string>();
  const pattern =
    kind === 'js' ? /(?:\.\/|_astro\/)([\w.-]+\.(?:js|css|woff2?|svg|png))/g : /url\(\s*["']?(?:\.\/|[^)"']*\/_astro\/)?([\w.-]+\.(?:woff2?|svg|png|jpg))/g;
  for (const m of text.matchAll(pattern)) names.add(m[1]!);
  return [...names];
}

/**
 * The preload helper Vite writes joins dependencies to the absolute base ("/" + dep); in a
 * package they must resolve against the script's own location instead.
 */
export function relativisePreload(js: string, base: string): string {
  const literal = `\`${base}\``;
  const pattern = new RegExp(`function\\((\\w)\\)\\{return${literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\+\\1\\}`);
  return js.replace(pattern, 'function($1){return new URL("../"+$1,import.meta.url).href}');
}

export interface BuildInput {
  scorm: ScormVersion;
  pathway: Pathway;
  catalogue: CatalogueLesson[];
  site: SiteInfo;
  siteVersion: string;
  /** Each learner's local copy is removed when they leave, once the LMS confirmed the save. */
  sharedComputers?: boolean;
  fetchText: (sitePath: string) => Promise<string>;
  fetchBytes: (sitePath: string) => Promise<Uint8Array>;
}

export interface BuiltPackage {
  zip: Uint8Array;
  files: string[];
  manifest: string;
}

export async function buildPackage(input: BuildInput): Promise<BuiltPackage> {
  const { site, pathway, catalogue } = input;
  const byKey = new Map(catalogue.map((l) => [l.key, l]));
  const lessons = pathway.items.map((i) => byKey.get(i.key)).filter((l): l is CatalogueLesson => l !== undefined);
  if (!lessons.length) throw new Error('None of the pathway’s lessons is in this version of the course.');
  const code = encodePathway(pathway);
  const pages = new Map(lessons.map((l) => [packagePath(l.href, site.base)!, l.href]));
  const pageSet = new Set(pages.keys());

  const files: Record<string, Uint8Array> = {};
  const assets = new Set<string>();
  const collect = (html: string) => {
    for (const m of html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="([^"]*)"/g)) {
      const target = packagePath(m[1]!, site.base);
      if (target && !target.endsWith('.html') && !target.includes('#') && !target.startsWith('pagefind/')) assets.add(target);
    }
  };

  const config: PackageConfig = {
    format: PACKAGE_FORMAT,
    scorm: input.scorm,
    identifier: `dl-course-${pathwayId(code)}-scorm${input.scorm.replace('.', '')}`,
    title: pathway.title,
    ...(pathway.message ? { message: pathway.message } : {}),
    pathwayCode: code,
    siteVersion: input.siteVersion,
    ...(input.sharedComputers ? { sharedComputers: true } : {}),
    lessons: lessons.map((l) => ({
      key: l.key,
      label: l.label,
      title: l.title,
      path: packagePath(l.href, site.base)!,
      blocks: l.blocks.map((b) => ({ id: b.id, type: b.type, ...(b.private ? { private: true } : {}) })),
      required: l.required,
    })),
  };

  const launch = await input.fetchText(`${site.base}lms/launch/`);
  collect(launch);
  files['index.html'] = strToU8(addConfig(allowSelfFrames(rewritePage(launch, { site, path: 'index.html', pages: pageSet })), config));
  for (const [path, href] of pages) {
    const html = await input.fetchText(href);
    collect(html);
    files[path] = strToU8(rewritePage(html, { site, path, pages: pageSet }));
  }

  // Follow scripts and styles to everything they load, so the package works offline.
  const queue = [...assets];
  while (queue.length) {
    const asset = queue.shift()!;
    if (asset in files) continue;
    if (/\.(js|css)$/.test(asset)) {
      let text = await input.fetchText(`${site.base}${asset}`);
      const dir = asset.replace(/[^/]*$/, '');
      for (const name of assetReferences(text, asset.endsWith('.js') ? 'js' : 'css')) {
        const next = `${dir.startsWith('_astro/') ? '_astro/' : dir}${name}`;
        if (!(next in files) && !queue.includes(next)) queue.push(next);
      }
      if (asset.endsWith('.js')) text = relativisePreload(text, site.base);
      files[asset] = strToU8(text);
    } else {
      files[asset] = await input.fetchBytes(`${site.base}${asset}`);
    }
  }

  const list = Object.keys(files).sort();
  const manifest = writeManifest({ version: input.scorm, identifier: config.identifier, title: pathway.title, files: list, launch: 'index.html' });
  files['imsmanifest.xml'] = strToU8(manifest);
  return { zip: zipSync(files, { level: 6 }), files: [...list, 'imsmanifest.xml'], manifest };
}
