import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CatalogueLesson } from '../../src/lib/catalogue';
import { addConfig, allowSelfFrames, assetReferences, buildPackage, packagePath, relativisePreload, rewritePage } from '../../src/lib/scorm/package';
import type { PackageConfig } from '../../src/lib/scorm/runtime';

const site = { base: '/', origin: 'https://learn.example.org' };
const page = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self';frame-src https://www.youtube-nocookie.com;script-src 'self' 'sha256-abc='"><link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/_astro/Base.css"><script>(()=>{const x="/not/a/link/";})()</script></head>
<body><a class="skip-link" href="#main">Skip</a><a href="/glossary/#trust">trust</a><a href="/activities/trust/" rel="next">Next</a><a href="/activities/stakeholder-charts/#chart">here</a>
<a class="search-button" href="/search/" data-search-open aria-haspopup="dialog">Search</a><dialog class="search-dialog" data-search-dialog aria-labelledby="t"></dialog>
<a href="https://doi.org/10.1/x">doi</a><a href="/" target="_self">Home</a>
<astro-island uid="a" component-url="/_astro/Worksheet.js" renderer-url="/_astro/client.js" props="{}"></astro-island>
<script type="module" src="/_astro/page.js"></script></body></html>`;

describe('rewritePage', () => {
  const out = rewritePage(page, {
    site,
    path: 'activities/stakeholder-charts/index.html',
    pages: new Set(['activities/stakeholder-charts/index.html', 'activities/trust/index.html']),
  });

  it('makes links to packaged pages and every asset relative', () => {
    expect(out).toContain('href="../../activities/trust/index.html" rel="next"');
    expect(out).toContain('href="#chart"');
    expect(out).toContain('href="../../_astro/Base.css"');
    expect(out).toContain('href="../../favicon.svg"');
    expect(out).toContain('component-url="../../_astro/Worksheet.js" renderer-url="../../_astro/client.js"');
    expect(out).toContain('src="../../_astro/page.js"');
    expect(out).not.toMatch(/\s(?:href|src|component-url|renderer-url)="\/(?!\/)/);
  });

  it('sends links to pages outside the package to the public site, in a new tab', () => {
    expect(out).toContain('<a target="_blank" href="https://learn.example.org/glossary/#trust">');
    expect(out).toContain('<a href="https://learn.example.org/" target="_self">');
    expect(out).toContain('href="https://doi.org/10.1/x"');
    expect(out).toContain('href="#main"');
  });

  it('marks the page as packaged, turns off in-page search, and leaves inline scripts byte for byte', () => {
    expect(out).toMatch(/^<!DOCTYPE html><html data-lms-package lang="en">/);
    expect(out).not.toContain('data-search-open');
    expect(out).not.toContain('data-search-dialog');
    expect(out).toContain('<script>(()=>{const x="/not/a/link/";})()</script>');
  });

  it('follows a base path', () => {
    const based = rewritePage(
      '<html><a href="/courses/dl/activities/trust/">t</a><a href="/elsewhere/">e</a><script src="/courses/dl/_astro/a.js"></script></html>',
      {
        site: { base: '/courses/dl/', origin: 'https://x.org' },
        path: 'index.html',
        pages: new Set(['activities/trust/index.html']),
      },
    );
    expect(based).toContain('href="activities/trust/index.html"');
    expect(based).toContain('<a target="_blank" href="https://x.org/elsewhere/">');
    expect(based).toContain('src="_astro/a.js"');
    expect(packagePath('/courses/dl/', '/courses/dl/')).toBe('index.html');
    expect(packagePath('/other/', '/courses/dl/')).toBeNull();
  });
});

describe('launch page and assets', () => {
  it('lets the launch page frame its own lessons', () => {
    expect(allowSelfFrames(page)).toContain("frame-src 'self' https://www.youtube-nocookie.com");
  });

  it('embeds the settings as JSON that cannot close its script element', () => {
    const config = { format: 'dl-course-lms-package', title: '</script><script>alert(1)</script>' } as unknown as PackageConfig;
    const html = addConfig('<html><head></head></html>', config);
    expect(html).not.toContain('</script><script>');
    const json = /<script type="application\/json" id="lms-package">(.*)<\/script><\/head>/.exec(html)?.[1];
    expect(JSON.parse(json!).title).toBe(config.title);
  });

  it('carries any title and message into the package as they were typed', () => {
    const launch = '<html><head><title>Launch</title></head><body><p>after the head</p></body></html>';
    for (const text of ["$'", '$`', '$&', '$$', '</script>', "Cohort $' 9 $` $& $$ </script><script>x</script> $1"]) {
      const config = { format: 'dl-course-lms-package', title: text, message: `Read ${text} first.` } as unknown as PackageConfig;
      const html = addConfig(launch, config);
      // The page around the data block is untouched, and the block is the only one.
      expect(html.startsWith('<html><head><title>Launch</title><script type="application/json" id="lms-package">'), text).toBe(true);
      expect(html.endsWith('</script></head><body><p>after the head</p></body></html>'), text).toBe(true);
      expect(html.match(/<\/script>/g)?.length, text).toBe(1);
      const json = /<script type="application\/json" id="lms-package">(.*)<\/script><\/head>/.exec(html)?.[1];
      const parsed = JSON.parse(json!) as PackageConfig;
      expect(parsed.title).toBe(text);
      expect(parsed.message).toBe(`Read ${text} first.`);
    }
  });

  it('finds what scripts and styles load', () => {
    expect(
      assetReferences(
        'import{a}from"./jsx.B1.js";const m=()=>t(()=>import("./Sort.C2.js"),__vite__mapDeps([0,1]));const d=["_astro/Sort.C2.js","_astro/x.D3.css"]',
        'js',
      ).sort(),
    ).toEqual(['Sort.C2.js', 'jsx.B1.js', 'x.D3.css']);
    expect(assetReferences('@font-face{src:url(/_astro/inter.woff2)}a{background:url("./icon.svg")}', 'css').sort()).toEqual(['icon.svg', 'inter.woff2']);
  });

  it('resolves the preload helper against its own location', () => {
    const helper = 'var e=1,t=function(e){return`/`+e},n={};';
    expect(relativisePreload(helper, '/')).toBe('var e=1,t=function(e){return new URL("../"+e,import.meta.url).href},n={};');
    expect(relativisePreload('t=function(e){return`/courses/dl/`+e}', '/courses/dl/')).toContain('new URL("../"+e,import.meta.url)');
  });
});

describe('buildPackage', () => {
  const catalogue = [
    {
      key: 'activity/trust',
      label: 'Activity 5',
      title: 'Trust',
      href: '/activities/trust/',
      blocks: [
        { id: 'one-step', type: 'text' },
        { id: 'map', type: 'grid', private: true },
      ],
      required: ['one-step'],
    },
  ] as unknown as CatalogueLesson[];
  const served: Record<string, string> = {
    '/lms/launch/':
      '<html><head><meta http-equiv="content-security-policy" content="frame-src https://www.youtube-nocookie.com;"><script type="module" src="/_astro/launch.js"></script></head><body></body></html>',
    '/activities/trust/':
      '<html><head><link rel="stylesheet" href="/_astro/Base.css"></head><body><astro-island component-url="/_astro/Worksheet.js"></astro-island></body></html>',
    '/_astro/launch.js': 'import"./storage.js";',
    '/_astro/storage.js': 'export const s=1;',
    '/_astro/Worksheet.js': 'import{t}from"./preload-helper.js";t(()=>import("./Sort.js"),["_astro/Sort.js"]);',
    '/_astro/preload-helper.js': 't=function(e){return`/`+e};',
    '/_astro/Sort.js': 'export{};',
    '/_astro/Base.css': 'a{color:red}',
  };
  const fetchText = async (p: string) => {
    if (!(p in served)) throw new Error(`${p} could not be fetched (404)`);
    return served[p]!;
  };

  it('zips the launch page, the lessons, everything they load, and a manifest listing it all', async () => {
    const built = await buildPackage({
      scorm: '2004',
      pathway: { title: 'Cohort 9', items: [{ key: 'activity/trust' }, { key: 'activity/gone' }] },
      catalogue,
      site,
      siteVersion: '1.2.3',
      fetchText,
      fetchBytes: async (p) => new TextEncoder().encode(await fetchText(p)),
    });
    const files = unzipSync(built.zip);
    expect(Object.keys(files).sort()).toEqual(
      [
        '_astro/Base.css',
        '_astro/Sort.js',
        '_astro/Worksheet.js',
        '_astro/launch.js',
        '_astro/preload-helper.js',
        '_astro/storage.js',
        'activities/trust/index.html',
        'imsmanifest.xml',
        'index.html',
      ].sort(),
    );
    for (const f of Object.keys(files)) if (f !== 'imsmanifest.xml') expect(built.manifest).toContain(`<file href="${f}"/>`);
    expect(strFromU8(files['_astro/preload-helper.js']!)).toContain('import.meta.url');
    const launch = strFromU8(files['index.html']!);
    const config = JSON.parse(/id="lms-package">(.*?)<\/script>/.exec(launch)![1]!) as PackageConfig;
    expect(config).toMatchObject({ scorm: '2004', title: 'Cohort 9', siteVersion: '1.2.3' });
    expect(config.lessons).toEqual([
      {
        key: 'activity/trust',
        label: 'Activity 5',
        title: 'Trust',
        path: 'activities/trust/index.html',
        blocks: [
          { id: 'one-step', type: 'text' },
          { id: 'map', type: 'grid', private: true },
        ],
        required: ['one-step'],
      },
    ]);
    expect(launch).toContain("frame-src 'self' https://www.youtube-nocookie.com");
  });

  it('fails with the file it could not fetch, rather than zipping a broken package', async () => {
    const missing = { ...served };
    delete missing['/_astro/Sort.js'];
    await expect(
      buildPackage({
        scorm: '1.2',
        pathway: { title: 'x', items: [{ key: 'activity/trust' }] },
        catalogue,
        site,
        siteVersion: '1',
        fetchText: async (p) => {
          if (!(p in missing)) throw new Error(`${p} could not be fetched (404)`);
          return missing[p]!;
        },
        fetchBytes: async () => new Uint8Array(),
      }),
    ).rejects.toThrow('/_astro/Sort.js could not be fetched');
  });
});
