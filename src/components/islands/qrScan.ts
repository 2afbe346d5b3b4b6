/**
 * Reading the QR code of a result code: from the camera (getUserMedia frames) or from a photo. The
 * browser's own BarcodeDetector is used where it exists; elsewhere jsQR, a maintained pure-JS
 * decoder, loaded only when a scan starts (it is not needed for anything else on the page).
 */

interface Detector {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

const nativeDetector = (): Detector | null => {
  const Ctor = (globalThis as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  try {
    return Ctor ? new Ctor({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
};

/** Larger pictures are scaled down first: a phone photo is 12 megapixels, a QR code needs far fewer. */
const MAX_SIDE = 1280;

async function decodePixels(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): Promise<string | null> {
  const native = nativeDetector();
  if (native) {
    try {
      const found = await native.detect(source);
      if (found[0]?.rawValue) return found[0].rawValue;
    } catch {
      // Some platforms list the API but cannot run it: fall back to jsQR.
    }
  }
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height);
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(image.data, image.width, image.height)?.data ?? null;
}

/** The text of the QR code in a picture file, or null. */
export async function decodeImageFile(file: File): Promise<string | null> {
  try {
    const bitmap = await createImageBitmap(file);
    return await decodePixels(bitmap, bitmap.width, bitmap.height, document.createElement('canvas'));
  } catch {
    return null;
  }
}

/** Whether this browser can open a camera at all (a secure page with getUserMedia). */
export const canUseCamera = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

/** Scans camera frames until stopped; calls `found` with every QR text seen (the caller drops repeats). */
export class CameraScanner {
  private stream?: MediaStream;
  private timer?: number;
  private canvas = document.createElement('canvas');

  constructor(
    private video: HTMLVideoElement,
    private found: (text: string) => void,
  ) {}

  async start(): Promise<void> {
    this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    this.video.srcObject = this.stream;
    this.video.hidden = false;
    await this.video.play();
    const tick = async () => {
      if (!this.stream) return;
      if (this.video.readyState >= 2) {
        const text = await decodePixels(this.video, this.video.videoWidth, this.video.videoHeight, this.canvas);
        if (text) this.found(text);
      }
      this.timer = window.setTimeout(() => void tick(), 250);
    };
    void tick();
  }

  stop(): void {
    window.clearTimeout(this.timer);
    for (const track of this.stream?.getTracks() ?? []) track.stop();
    this.stream = undefined;
    this.video.srcObject = null;
    this.video.hidden = true;
  }

  get running() {
    return !!this.stream;
  }
}
