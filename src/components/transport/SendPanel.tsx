/**
 * Send a sealed answer back to whoever asked for it, with no server: as QR codes to be scanned
 * in the room (several numbered codes, one after another, when the answer is long), as a link
 * through the phone's share sheet, e-mail or the clipboard, or as a small file. The envelope
 * is already encrypted: what is shown here reveals nothing to anyone but the recipient.
 */
import { useEffect, useState } from 'react';
import { drawQr, type QrDrawing } from '../../lib/qr';
import { answerFile, ANSWER_FILE_EXTENSION, DEFAULT_QR_BYTES, envelopeLink, qrParts } from '../../lib/transport/carriers';
import { download } from '../../lib/download';

interface Props {
  envelope: string;
  /** The file name, without extension. */
  fileName: string;
  /** Absolute address of the recipient's collect page. */
  collectUrl: string;
  /** Subject of the e-mail, e.g. "My answer to the staff survey". */
  subject: string;
  /** Whom the answer goes to, in words ("the survey's organiser"). */
  recipient: string;
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

export default function SendPanel({ envelope, fileName, collectUrl, subject, recipient }: Props) {
  const parts = qrParts(envelope, DEFAULT_QR_BYTES);
  const link = envelopeLink(envelope, collectUrl);
  const [index, setIndex] = useState(0);
  const [drawing, setDrawing] = useState<QrDrawing | 'failed'>();
  const [showLink, setShowLink] = useState(false);
  const [status, setStatus] = useState('');
  const current = parts[Math.min(index, parts.length - 1)]!;
  // On paper every code of a long answer is needed at once: all of them, drawn for print.
  const [allDrawn, setAllDrawn] = useState<QrDrawing[]>();

  useEffect(() => {
    let live = true;
    drawQr(current).then(
      (d) => live && setDrawing(d),
      () => live && setDrawing('failed'),
    );
    return () => {
      live = false;
    };
  }, [current]);

  useEffect(() => {
    if (parts.length < 2) return;
    let live = true;
    Promise.all(parts.map((part) => drawQr(part))).then(
      (all) => live && setAllDrawn(all),
      () => undefined,
    );
    return () => {
      live = false;
    };
    // The parts follow from the envelope alone.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [envelope]);

  const share = async () => {
    try {
      await navigator.share({ title: subject, text: `${subject}\n${link}` });
      setStatus('Shared. Check that it reached ' + recipient + '.');
    } catch (error) {
      // A closed share sheet is not a failure worth a message.
      if (!(error instanceof DOMException && error.name === 'AbortError')) setStatus('The share sheet could not open. Copy the link or save the file instead.');
    }
  };
  const mailto = `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${link}\n`)}`;
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';

  return (
    <div className="send-panel">
      <section aria-labelledby="send-qr">
        <h3 id="send-qr">Show a code</h3>
        <p className="no-print">
          {parts.length === 1
            ? `Hold this code up to ${recipient}’s camera.`
            : `Your answer needs ${parts.length} codes. Show each one to ${recipient}’s camera in turn; the order does not matter.`}
        </p>
        {/* A printed answer is handed over on paper: the sentence says so, not what a screen does. */}
        <p className="print-only">
          {parts.length === 1
            ? `Give this page to ${recipient}: their camera reads your locked answer from the code, and only their computer can open it.`
            : `Give this page to ${recipient}: their camera reads your locked answer from these ${parts.length} codes, in any order, and only their computer can open it.`}
        </p>
        {parts.length > 1 && (
          <div className="send-qr-all print-only">
            {allDrawn?.map((d, i) => (
              <figure key={d.text}>
                <svg viewBox={`0 0 ${d.size} ${d.size}`} role="img" aria-label={`Printed answer code ${i + 1} of ${parts.length}`} shapeRendering="crispEdges">
                  <rect width={d.size} height={d.size} fill="#fff" />
                  <path d={d.path} fill="#000" />
                </svg>
                <figcaption>
                  Code {i + 1} of {parts.length}
                </figcaption>
              </figure>
            ))}
          </div>
        )}
        <figure className={parts.length > 1 ? 'send-qr no-print' : 'send-qr'}>
          {drawing && drawing !== 'failed' && drawing.text === current ? (
            <svg
              viewBox={`0 0 ${drawing.size} ${drawing.size}`}
              role="img"
              aria-label={`Answer code ${index + 1} of ${parts.length}`}
              shapeRendering="crispEdges"
            >
              <rect width={drawing.size} height={drawing.size} fill="#fff" />
              <path d={drawing.path} fill="#000" />
            </svg>
          ) : drawing === 'failed' ? (
            <p className="notice">The code could not be drawn on this device. Send the link or the file instead.</p>
          ) : (
            <p>Drawing the code…</p>
          )}
          {parts.length > 1 && (
            <figcaption>
              <span aria-live="polite">
                Code {index + 1} of {parts.length}
              </span>
              <span className="row">
                <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
                  Previous code
                </button>
                <button type="button" disabled={index === parts.length - 1} onClick={() => setIndex(index + 1)}>
                  Next code
                </button>
              </span>
            </figcaption>
          )}
        </figure>
        <button type="button" className="link-button" aria-expanded={showLink} onClick={() => setShowLink(!showLink)}>
          {showLink ? 'Hide the link' : 'Show the link instead'}
        </button>
        {showLink && (
          <p>
            <label>
              Your answer as a link
              <textarea readOnly rows={4} value={link} onFocus={(e) => e.currentTarget.select()} />
            </label>
          </p>
        )}
      </section>
      <section aria-labelledby="send-link" className="no-print">
        <h3 id="send-link">Or send it</h3>
        <div className="row send-actions">
          {canShare && (
            <button type="button" onClick={() => void share()}>
              Share…
            </button>
          )}
          <a className="button" href={mailto}>
            E-mail the link
          </a>
          <button
            type="button"
            onClick={() =>
              void copy(link).then((ok) =>
                setStatus(
                  ok
                    ? 'Link copied. Paste it into a message to ' + recipient + '.'
                    : 'Copying is not allowed here: use “Show the link instead” and copy it by hand.',
                ),
              )
            }
          >
            Copy the link
          </button>
          <button
            type="button"
            onClick={() => {
              download(`${fileName}${ANSWER_FILE_EXTENSION}`, answerFile(envelope), 'application/json');
              setStatus(`Saved as ${fileName}${ANSWER_FILE_EXTENSION}. Send that file to ${recipient}.`);
            }}
          >
            Save as a file
          </button>
        </div>
        <p role="status">{status}</p>
      </section>
    </div>
  );
}
