// QR codes for the browser tests: made with the wallet's own encoder, as a PNG to pick as
// a photo and as a Y4M video for Chromium's fake camera; read back from a screenshot with
// jsQR, a decoder the wallet did not write. And a Chromium whose camera plays such a video.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { greyPng, greyY4m, qrGrey, readPng } from './images.mjs';
import { REPO_ROOT } from './node.mjs';

const { encodeQr } = await import(join(REPO_ROOT, 'wallet/src/lib/qr/encode.js'));
const { default: jsQR } = await import(join(REPO_ROOT, 'wallet/node_modules/jsqr/dist/jsQR.js'));
const { chromium } = await import(join(REPO_ROOT, 'wallet/node_modules/playwright-core/index.mjs'));

/** A PNG of the QR code of `text`, 6 pixels a module, as a photo of it would be. */
export const qrPng = (text) => greyPng(qrGrey(encodeQr(text).modules, { scale: 6 }));

/** Writes a second of video (640 × 480, 10 frames) showing the QR code of `text`; its path. */
export function qrVideoFile(dir, name, text) {
	const path = join(dir, `${name}.y4m`);
	writeFileSync(path, greyY4m(qrGrey(encodeQr(text).modules, { scale: 6 })));
	return path;
}

/** The text of the QR code in a PNG (a screenshot), or null when jsQR finds none. */
export function readQrPng(png) {
	const { data, width, height } = readPng(png);
	return jsQR(data, width, height)?.data ?? null;
}

/**
 * Debian's Chromium with a fake camera that plays `videoPath` (a .y4m file), and camera
 * permission granted without asking, so that getUserMedia gets that video.
 */
export function launchWithCamera(videoPath) {
	return chromium.launch({
		executablePath: process.env.COOP_CHROMIUM ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
			'--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${videoPath}`],
	});
}
