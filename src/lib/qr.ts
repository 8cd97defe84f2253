/**
 * QR codes, drawn in the browser: the link never leaves the device. The encoder (uqr, about
 * 8 kB gzip) is fetched on first use, so pages pay for it only when a code is shown.
 */

/** A QR code as one SVG path over a square grid of `size` modules (quiet zone included). */
export interface QrDrawing {
  text: string;
  size: number;
  path: string;
}

export async function drawQr(text: string): Promise<QrDrawing> {
  const { encode } = await import('uqr');
  // M: survives a smudge or a fold in a printed sheet, and a projector's glare.
  const { data } = encode(text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return { text, size: data.length, path };
}
