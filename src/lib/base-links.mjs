// Content links are written root-relative (/activities/trust/); this hast plugin prefixes the
// site's base path so the same content works when the course is hosted under a sub-path, and
// marks external links as leaving the site and makes wide tables scrollable by keyboard.
import { defineHastPlugin } from 'satteri';

/** @param {string} base */
export function baseLinks(base) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return defineHastPlugin({
    name: 'course-base-links',
    element: [
      {
        // Wide tables scroll sideways on phones; focusable so keyboard users can scroll them.
        filter: ['table'],
        visit(node, ctx) {
          ctx.setProperty(node, 'tabIndex', 0);
          ctx.setProperty(node, 'className', ['content-table']);
        },
      },
      {
        filter: ['a'],
        visit(node, ctx) {
          const href = node.properties?.['href'];
          if (typeof href !== 'string') return;
          if (href.startsWith('/') && !href.startsWith('//')) ctx.setProperty(node, 'href', prefix + href);
          else if (/^https?:\/\//.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer', 'external']);
        },
      },
    ],
  });
}
