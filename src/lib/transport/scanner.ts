/**
 * Read QR codes from a camera's video: the browser's own BarcodeDetector where it has one that
 * knows QR codes (Chrome on Android and macOS, Safari), else jsQR, fetched only now.
 */
type Detect = (video: HTMLVideoElement) => Promise<string[]>;

interface DetectorLike {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
  new (options: { formats: string[] }): DetectorLike;
  getSupportedFormats(): Promise<string[]>;
}

async function nativeDetector(): Promise<Detect | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Detector) return undefined;
  try {
    if (!(await Detector.getSupportedFormats()).includes('qr_code')) return undefined;
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video)).map((c) => c.rawValue);
  } catch {
    return undefined;
  }
}

async function libraryDetector(): Promise<Detect> {
  const { default: jsQR } = await import('jsqr');
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!context || width === 0 || height === 0) return [];
    canvas.width = width;
    canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const found = jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: 'attemptBoth' });
    return found ? [found.data] : [];
  };
}

export async function createDetector(): Promise<Detect> {
  return (await nativeDetector()) ?? (await libraryDetector());
}

/** Whether this page may ask for the camera at all: browsers allow it only on HTTPS or this computer. */
export function cameraAllowed(): boolean {
  return typeof window !== 'undefined' && window.isSecureContext && typeof navigator.mediaDevices?.getUserMedia === 'function';
}
