/**
 * Collect sealed answers: scan their QR codes with a camera, paste links (many at once), or
 * open answer files. Each is opened with the recipient's private key and handed to the caller,
 * which checks and keeps it; this panel stores nothing and shows what was accepted and what
 * was refused, with the reason. Links that arrive in this page's own address (`#r=`) are read
 * as it opens.
 */
import { useEffect, useRef, useState, type DragEvent } from 'react';
import { assembleParts, findEnvelopes, parsePart, readAnswerFile, ANSWER_FILE_EXTENSION, MAX_ANSWER_FILE_BYTES } from '../../lib/transport/carriers';
import { open, refusalMessages, type ChannelKind } from '../../lib/transport/envelope';
import { useHydrated } from '../worksheet/useAnswer';
import { cameraAllowed, createDetector } from '../../lib/transport/scanner';
import { nextTask } from '../../lib/next-task';

export type Via = 'camera' | 'paste' | 'file' | 'address';
/** `unnamed`: the message without the sender's name, shown while names are hidden. */
export type Verdict = { ok: true; label: string; message: string; unnamed?: string } | { ok: false; label?: string; message: string; unnamed?: string };

interface Props {
  kind: ChannelKind;
  channel: string;
  privateKey: string;
  /** Check and keep one opened answer; say what became of it. */
  onOpened: (payload: unknown, sealedAt: number, via: Via) => Verdict;
  /** What is being collected, in words: "answers". */
  noun?: string;
  /** Names hidden (a projected board): the log shows each entry's `unnamed` message. */
  hideNames?: boolean;
}

interface Entry {
  key: number;
  via: Via;
  ok: boolean;
  label: string;
  message: string;
  unnamed?: string | undefined;
}

const viaWords: Record<Via, string> = { camera: 'scanned', paste: 'pasted', file: 'from a file', address: 'from the link that opened this page' };
let nextKey = 1;
/** Room for a few hundred answer links pasted at once. */
const MAX_PASTE_CHARS = 1_000_000;

export default function CollectPanel({ kind, channel, privateKey, onOpened, noun = 'answers', hideNames = false }: Props) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [pasted, setPasted] = useState('');
  const [scanning, setScanning] = useState(false);
  const [cameraNote, setCameraNote] = useState('');
  const [partsNote, setPartsNote] = useState('');
  const hydrated = useHydrated();
  // The server render offers the camera; the browser then says whether this origin may use it.
  const secure = !hydrated || cameraAllowed();
  const [dragging, setDragging] = useState(false);
  const seen = useRef(new Set<string>());
  const parts = useRef<string[]>([]);
  const videoRef = useRef<HTMLVideoElement>(null);
  const stopRef = useRef<() => void>(() => undefined);

  const add = (entry: Omit<Entry, 'key'>) => setEntries((list) => [{ ...entry, key: nextKey++ }, ...list]);

  const take = async (envelope: string, via: Via) => {
    if (seen.current.has(envelope)) {
      add({ via, ok: true, label: 'Already read', message: 'This answer was already read a moment ago; nothing changed.' });
      return;
    }
    seen.current.add(envelope);
    const opened = await open(envelope, { kind, channel, privateKey });
    if (!opened.ok) {
      add({ via, ok: false, label: 'Refused', message: opened.message });
      return;
    }
    const verdict = onOpened(opened.payload, opened.sealedAt, via);
    add({ via, ok: verdict.ok, label: verdict.label ?? 'Refused', message: verdict.message, unnamed: verdict.unnamed });
  };

  const takeText = async (text: string, via: Via) => {
    if (parsePart(text)) {
      takePart(text);
      return;
    }
    const found = findEnvelopes(text);
    if (found.length === 0) {
      add({ via, ok: false, label: 'Refused', message: text.trim() ? refusalMessages.unreadable : 'Nothing was pasted.' });
      return;
    }
    // One answer per task: a hundred pasted at once were opened in one 0.9 s task (500: 7.6 s).
    for (const envelope of found) {
      await take(envelope, via);
      await nextTask();
    }
  };

  const takePart = (text: string) => {
    if (parts.current.includes(text)) return;
    parts.current.push(text);
    const id = parsePart(text)!.id;
    const assembly = assembleParts(parts.current).find((a) => a.id === id);
    if (!assembly) return;
    if (assembly.envelope) {
      parts.current = parts.current.filter((p) => parsePart(p)?.id !== id);
      setPartsNote('');
      void take(assembly.envelope, 'camera');
    } else {
      setPartsNote(
        `Read code${assembly.received.length > 1 ? 's' : ''} ${assembly.received.join(', ')} of ${assembly.total}. Still to scan: ${assembly.missing.join(', ')}.`,
      );
    }
  };

  // Links that opened this page: read them once, then drop them from the address so a reload
  // or a bookmark does not carry the answer around.
  useEffect(() => {
    const found = findEnvelopes(location.hash);
    if (found.length) {
      history.replaceState(null, '', location.pathname + location.search);
      void (async () => {
        for (const e of found) {
          await take(e, 'address');
          await nextTask();
        }
      })();
    }
    return () => stopRef.current();
    // Runs once: the page's own address is read as the panel wakes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const startCamera = async () => {
    setCameraNote('Starting the camera…');
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch (error) {
      const denied = error instanceof DOMException && error.name === 'NotAllowedError';
      setCameraNote(
        denied
          ? 'The browser was not allowed to use the camera. Allow it in the address bar, or paste links and open files instead.'
          : 'No camera could be started. Paste links or open files instead.',
      );
      return;
    }
    setScanning(true);
    let detect: Awaited<ReturnType<typeof createDetector>>;
    try {
      detect = await createDetector();
    } catch {
      stream.getTracks().forEach((t) => t.stop());
      setScanning(false);
      setCameraNote('The code reader could not load. Reload the page while online, or paste links and open files instead.');
      return;
    }
    let running = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = () => {
      running = false;
      clearTimeout(timer);
      stream.getTracks().forEach((t) => t.stop());
    };
    stopRef.current = stop;
    const video = videoRef.current;
    if (!video) return stop();
    video.srcObject = stream;
    await video.play().catch(() => undefined);
    setCameraNote('Hold an answer code in front of the camera.');
    let last = '';
    const tick = async () => {
      if (!running) return;
      try {
        for (const text of await detect(video)) {
          if (text !== last) {
            last = text;
            await takeText(text, 'camera');
          }
        }
      } catch {
        // A frame that cannot be read yet (the video is starting): try the next one.
      }
      if (running) timer = setTimeout(() => void tick(), 150);
    };
    void tick();
  };

  const stopCamera = () => {
    stopRef.current();
    stopRef.current = () => undefined;
    setScanning(false);
    setCameraNote('');
  };

  const readFiles = async (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      if (file.size > MAX_ANSWER_FILE_BYTES * 20) {
        add({ via: 'file', ok: false, label: 'Refused', message: `${file.name}: ${refusalMessages['too-large']}` });
        continue;
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        add({ via: 'file', ok: false, label: 'Refused', message: `${file.name} could not be read.` });
        continue;
      }
      const read = readAnswerFile(text);
      if (!read.ok) add({ via: 'file', ok: false, label: 'Refused', message: `${file.name}: ${read.message}` });
      else
        for (const envelope of read.envelopes) {
          await take(envelope, 'file');
          await nextTask();
        }
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void readFiles(event.dataTransfer.files);
  };

  const accepted = entries.filter((e) => e.ok).length;
  return (
    // Tools for reading answers in: nothing for paper.
    <div className="collect-panel no-print">
      <section aria-labelledby="collect-camera">
        <h2 id="collect-camera">Scan codes</h2>
        {secure ? (
          <>
            <div className="row">
              {scanning ? (
                <button type="button" onClick={stopCamera}>
                  Stop the camera
                </button>
              ) : (
                <button type="button" className="primary" onClick={() => void startCamera()}>
                  Start the camera
                </button>
              )}
            </div>
            <video ref={videoRef} className="collect-video" hidden={!scanning} muted playsInline aria-label="Camera view" />
            <p role="status">{cameraNote}</p>
            {partsNote && <p role="status">{partsNote}</p>}
          </>
        ) : (
          <p className="notice" data-testid="camera-unavailable">
            The camera can only be used when the course is opened over HTTPS (or on this computer). Paste the {noun}’ links or open their files below instead.
          </p>
        )}
      </section>
      <section aria-labelledby="collect-paste">
        <h2 id="collect-paste">Paste links</h2>
        <label htmlFor="collect-paste-box">Paste one or many links, or a whole e-mail that holds them</label>
        <textarea
          id="collect-paste-box"
          rows={4}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          onPaste={(e) => {
            // Text far past any answer (a 5 MB "link") would freeze the box: refuse it unread.
            const text = e.clipboardData.getData('text');
            if (text.length > MAX_PASTE_CHARS) {
              e.preventDefault();
              add({ via: 'paste', ok: false, label: 'Refused', message: refusalMessages['too-large'] });
            }
          }}
        />
        <div className="row">
          <button
            type="button"
            onClick={() => {
              const text = pasted;
              setPasted('');
              void takeText(text, 'paste');
            }}
          >
            Read the pasted links
          </button>
        </div>
      </section>
      <section aria-labelledby="collect-files">
        <h2 id="collect-files">Open files</h2>
        <div
          className={`collect-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label>
            Choose answer files ({ANSWER_FILE_EXTENSION}), or drop them here
            <input
              type="file"
              multiple
              accept={`${ANSWER_FILE_EXTENSION},application/json,text/plain`}
              onChange={(e) => {
                const files = e.currentTarget.files;
                if (files) void readFiles(files).then(() => (e.target.value = ''));
              }}
            />
          </label>
        </div>
      </section>
      <section aria-labelledby="collect-log">
        <h2 id="collect-log">Read just now</h2>
        <p aria-live="polite">{entries.length === 0 ? `Nothing read yet.` : `${accepted} accepted, ${entries.length - accepted} refused.`}</p>
        <ul className="collect-log" aria-label="What was read">
          {entries.map((e) => (
            <li key={e.key} className={e.ok ? 'is-ok' : 'is-refused'}>
              <strong>{e.label}</strong> ({viaWords[e.via]}): {hideNames ? (e.unnamed ?? e.message) : e.message}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
