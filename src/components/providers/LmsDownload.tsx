/**
 * "Download for your LMS": a SCORM 1.2 or 2004 package of the pathway being built, or of any
 * single module, made in this browser from the site's own pages (see src/lib/scorm/package.ts
 * and docs/lms.md). The packager and its zip library load only when a provider asks.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { CatalogueLesson } from '../../lib/catalogue';
import type { Pathway } from '../../lib/pathway';
import type { ScormVersion } from '../../lib/scorm/suspend-data';
import type { LessonSummary } from '../../lib/lesson-summary';

interface Props {
  /** The pathway in the builder, when it has a title and lessons. */
  pathway: Pathway | undefined;
  lessons: LessonSummary[];
  /** The site's base path, e.g. "/" or "/courses/dl/". */
  base: string;
}

function fileName(title: string, scorm: ScormVersion): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'pathway';
  return `${slug}-scorm-${scorm === '1.2' ? '1.2' : '2004'}.zip`;
}

export default function LmsDownload({ pathway, lessons, base }: Props) {
  const [scorm, setScorm] = useState<ScormVersion>('2004');
  const [sharedComputers, setSharedComputers] = useState(false);
  const [single, setSingle] = useState(lessons[0]?.key ?? '');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  // A choice made before the builder's island woke (React keeps it on screen, unreported).
  const root = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const version = root.current?.querySelector<HTMLInputElement>('input[name="scorm-version"]:checked')?.value;
    if (version === '1.2' || version === '2004') setScorm(version);
    const module = root.current?.querySelector<HTMLSelectElement>('#lms-single')?.value;
    if (module) setSingle(module);
    if (root.current?.querySelector<HTMLInputElement>('#lms-shared-computers')?.checked) setSharedComputers(true);
  }, []);

  const make = async (what: Pathway) => {
    setBusy(true);
    setError('');
    setStatus('Making the package…');
    try {
      const [{ buildPackage }] = await Promise.all([import('../../lib/scorm/package')]);
      const get = async (path: string) => {
        const response = await fetch(path);
        if (!response.ok) throw new Error(`${path} could not be fetched (${response.status})`);
        return response;
      };
      const catalogue = (await (await get(`${base}catalogue.json`)).json()) as CatalogueLesson[];
      const built = await buildPackage({
        scorm,
        pathway: what,
        catalogue,
        site: { base, origin: location.origin },
        siteVersion: __SITE_VERSION__,
        sharedComputers,
        fetchText: async (p) => (await get(p)).text(),
        fetchBytes: async (p) => new Uint8Array(await (await get(p)).arrayBuffer()),
      });
      const url = URL.createObjectURL(new Blob([built.zip as BlobPart], { type: 'application/zip' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName(what.title, scorm);
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setStatus(`Downloaded ${a.download}: ${built.files.length} files, ${Math.round(built.zip.length / 1024)} kB. Upload it to your LMS as a SCORM package.`);
    } catch (e) {
      setStatus('');
      setError(`The package could not be made: ${e instanceof Error ? e.message : 'unknown error'}. Check your connection to the course site and try again.`);
    } finally {
      setBusy(false);
    }
  };

  const lesson = lessons.find((l) => l.key === single);
  return (
    <div className="lms-download" ref={root}>
      <p>
        A SCORM package runs the lessons inside your LMS (Moodle, Canvas, Blackboard and others), which keeps each learner’s answers and completion. See{' '}
        <a href={`${base}providers/lms/`}>running the course in your LMS</a> for how to upload it and what is tracked.
      </p>
      <fieldset className="choose-lessons">
        <legend>SCORM version</legend>
        <label className="check-option">
          <input type="radio" name="scorm-version" value="2004" checked={scorm === '2004'} onChange={() => setScorm('2004')} />
          SCORM 2004 (4th Edition): room for long answers; reports progress
        </label>
        <label className="check-option">
          <input type="radio" name="scorm-version" value="1.2" checked={scorm === '1.2'} onChange={() => setScorm('1.2')} />
          SCORM 1.2: for LMSs that take nothing newer; keeps up to 4,096 characters of answers
        </label>
      </fieldset>
      <label className="check-option">
        <input type="checkbox" id="lms-shared-computers" checked={sharedComputers} onChange={(e) => setSharedComputers(e.target.checked)} />
        For shared computers: remove each learner’s answers from the browser when they leave, once the LMS has saved them. Private answers are never sent to the
        LMS, so learners keep them only in a file they download; the package tells them so.
      </label>
      <div className="worksheet-toolbar">
        <button type="button" className="primary" disabled={!pathway || busy} onClick={() => pathway && void make(pathway)}>
          Download this pathway for your LMS
        </button>
      </div>
      {!pathway && <p>Give the pathway a title and choose at least one lesson to package it.</p>}
      <label htmlFor="lms-single" className="lms-single-label">
        Or package a single module
      </label>
      <div className="row">
        <select id="lms-single" value={single} onChange={(e) => setSingle(e.target.value)}>
          {lessons.map((l) => (
            <option key={l.key} value={l.key}>
              {l.label}: {l.title}
            </option>
          ))}
        </select>
        <button type="button" disabled={!lesson || busy} onClick={() => lesson && void make({ title: lesson.title, items: [{ key: lesson.key }] })}>
          Download this module for your LMS
        </button>
      </div>
      <p aria-live="polite" className="save-status">
        {status}
      </p>
      {error && (
        <p className="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
