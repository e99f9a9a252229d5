// Reading a QR code from a picture (a camera frame or a photo) drawn in a canvas. The
// browser's own BarcodeDetector does it where it has one (Android, macOS, ChromeOS); else
// jsQR, fetched only then, as a chunk of its own, so the page does not load it up front.

let native; // a Promise of a BarcodeDetector for QR codes, or of null

function nativeDetector() {
	native ??= (async () => {
		if (typeof globalThis.BarcodeDetector !== 'function') return null;
		try {
			const formats = await globalThis.BarcodeDetector.getSupportedFormats();
			return formats.includes('qr_code') ? new globalThis.BarcodeDetector({ formats: ['qr_code'] }) : null;
		} catch {
			return null;
		}
	})();
	return native;
}

/** The text of the first QR code in `canvas`, or null when none can be read there. */
export async function readQr(canvas) {
	const detector = await nativeDetector();
	if (detector) {
		const [code] = await detector.detect(canvas);
		return code?.rawValue ?? null;
	}
	const { default: jsQR } = await import('jsqr');
	const image = canvas.getContext('2d', { willReadFrequently: true }).getImageData(0, 0, canvas.width, canvas.height);
	return jsQR(image.data, image.width, image.height)?.data ?? null;
}

/** Draws `source` (a video or an image bitmap) into `canvas`, at most `longest` pixels a side. */
export function drawInto(canvas, source, width, height, longest = 1024) {
	const scale = Math.min(1, longest / Math.max(width, height));
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	canvas.getContext('2d', { willReadFrequently: true }).drawImage(source, 0, 0, canvas.width, canvas.height);
}
