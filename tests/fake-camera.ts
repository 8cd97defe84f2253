/**
 * Chromium's fake camera plays a file: `--use-fake-device-for-media-stream
 * --use-file-for-fake-video-capture=<file>.y4m`. This writes such a file, a short YUV4MPEG2
 * video of the QR code a page drew, for the survey's and the board's camera journeys.
 */
/** A YUV4MPEG2 video (grey: luma only, chroma flat) of the QR code drawn by an SVG path of 1×1 modules. */
export function qrVideo(path: string, size: number): Buffer {
  const width = 640;
  const height = 480;
  const scale = Math.floor(400 / size);
  const left = Math.floor((width - size * scale) / 2);
  const top = Math.floor((height - size * scale) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (const m of path.matchAll(/M(\d+) (\d+)h1v1h-1z/g)) {
    const x = Number(m[1]);
    const y = Number(m[2]);
    for (let dy = 0; dy < scale; dy++)
      luma.fill(16, (top + y * scale + dy) * width + left + x * scale, (top + y * scale + dy) * width + left + (x + 1) * scale);
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array.from({ length: 10 }, () => frame)]);
}
