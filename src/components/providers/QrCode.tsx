/**
 * A QR code of `text`, drawn once the encoder has loaded (src/lib/qr.ts). Until then, or if it
 * cannot load, nothing is drawn: the link printed beside it still works.
 */
import { useEffect, useState } from 'react';
import { drawQr, type QrDrawing } from '../../lib/qr';

export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<QrDrawing>();
  useEffect(() => {
    let current = true;
    drawQr(text).then(
      (d) => current && setDrawing(d),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [text]);
  // A code of an earlier link is never shown beside the new one.
  if (drawing?.text !== text) return null;
  return (
    <svg className="qr-code" viewBox={`0 0 ${drawing.size} ${drawing.size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}
