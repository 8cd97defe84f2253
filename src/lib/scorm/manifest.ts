/**
 * `imsmanifest.xml` for a course package, SCORM 1.2 or SCORM 2004 4th Edition. The package is
 * one SCO (see docs/lms.md for why): one organization, one item, one resource whose launch
 * page is `index.html` and which lists every file of the package.
 */
import type { ScormVersion } from './suspend-data';

export interface ManifestInput {
  version: ScormVersion;
  /** Stable for the same pathway, so an LMS can tell a re-upload from a new course. */
  identifier: string;
  title: string;
  /** Package-relative paths of every file, the manifest excepted. */
  files: string[];
  /** The launch page, package-relative. */
  launch: string;
}

/** Text and attribute values: the five XML specials, and no control characters XML 1.0 forbids. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An xs:ID (an NCName): letters, digits, '-', '_', '.', starting with a letter or '_'. */
export function xmlId(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-');
  return /^[A-Za-z_]/.test(cleaned) ? cleaned : `_${cleaned}`;
}

const NAMESPACES: Record<ScormVersion, { attributes: string; schemaVersion: string; scormType: string }> = {
  '1.2': {
    attributes: [
      'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd"',
    ].join('\n          '),
    schemaVersion: '1.2',
    // SCORM 1.2 spells the attribute in lower case; 2004 in camel case.
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    attributes: [
      'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
      'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
      'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
      'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
      'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
      'xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd"',
    ].join('\n          '),
    schemaVersion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
};

export function writeManifest(input: ManifestInput): string {
  const ns = NAMESPACES[input.version];
  const id = xmlId(input.identifier);
  const title = xmlEscape(input.title);
  const files = [...new Set([input.launch, ...input.files])].map((f) => `      <file href="${xmlEscape(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1"
          ${ns.attributes}>
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>${ns.schemaVersion}</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" ${ns.scormType}="sco" href="${xmlEscape(input.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
