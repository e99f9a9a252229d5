// Pictures the browser tests make and read, with nothing but node:zlib: a QR symbol as
// grey pixels, PNG files (to pick as a photo; a screenshot to read back) and a Y4M video
// (Chromium's fake camera plays one).

import { crc32, deflateSync, inflateSync } from 'node:zlib';

/**
 * A QR matrix (true = dark) as one grey byte a pixel, `scale` pixels a module, with the
 * quiet zone of four light modules around it and `margin` more pixels of white.
 */
export function qrGrey(modules, { scale = 8, margin = 0 } = {}) {
	const n = modules.length;
	const side = (n + 8) * scale + 2 * margin;
	const grey = new Uint8Array(side * side).fill(255);
	for (let y = 0; y < side; y++) {
		for (let x = 0; x < side; x++) {
			const [r, c] = [Math.floor((y - margin) / scale) - 4, Math.floor((x - margin) / scale) - 4];
			if (y >= margin && x >= margin && r >= 0 && c >= 0 && r < n && c < n && modules[r][c]) grey[y * side + x] = 0;
		}
	}
	return { grey, width: side, height: side };
}

function chunk(type, data) {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const out = Buffer.alloc(body.length + 8);
	out.writeUInt32BE(data.length, 0);
	body.copy(out, 4);
	out.writeUInt32BE(crc32(body), body.length + 4);
	return out;
}

/** An 8-bit greyscale PNG of `grey` (one byte a pixel, row after row). */
export function greyPng({ grey, width, height }) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 0, 0, 0, 0], 8); // depth 8, greyscale, deflate, no filter, no interlace
	const rows = Buffer.alloc((width + 1) * height);
	for (let y = 0; y < height; y++) rows.set(grey.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
	const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/**
 * A PNG as RGBA pixels, for the 8-bit, non-interlaced files a screenshot gives (grey,
 * grey and alpha, RGB, RGBA), undoing the five row filters.
 */
export function readPng(png) {
	let offset = 8;
	let width, height, type;
	const idat = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const name = png.toString('latin1', offset + 4, offset + 8);
		const data = png.subarray(offset + 8, offset + 8 + length);
		if (name === 'IHDR') {
			[width, height, type] = [data.readUInt32BE(0), data.readUInt32BE(4), data[9]];
			if (data[8] !== 8 || data[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs are read here');
		}
		if (name === 'IDAT') idat.push(data);
		offset += length + 12;
	}
	const channels = { 0: 1, 4: 2, 2: 3, 6: 4 }[type];
	if (!channels) throw new Error(`PNG colour type ${type} is not read here`);
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const pixels = new Uint8Array(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		for (let i = 0; i < stride; i++) {
			const x = raw[y * (stride + 1) + 1 + i];
			const a = i >= channels ? pixels[y * stride + i - channels] : 0;
			const b = y > 0 ? pixels[(y - 1) * stride + i] : 0;
			const c = i >= channels && y > 0 ? pixels[(y - 1) * stride + i - channels] : 0;
			const predicted = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
			pixels[y * stride + i] = (x + predicted) & 0xff;
		}
	}
	const rgba = new Uint8ClampedArray(width * height * 4);
	for (let p = 0; p < width * height; p++) {
		const s = pixels.subarray(p * channels, (p + 1) * channels);
		const [r, g, b] = channels >= 3 ? s : [s[0], s[0], s[0]];
		rgba.set([r, g, b, channels === 2 || channels === 4 ? s[channels - 1] : 255], p * 4);
	}
	return { data: rgba, width, height };
}

function paeth(a, b, c) {
	const p = a + b - c;
	const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
	return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * A still video in Y4M (4:2:0), `frames` frames of `grey` centred on a white picture of
 * `width` × `height`: what --use-file-for-fake-video-capture plays as the camera.
 */
export function greyY4m({ grey, width: w, height: h }, { width = 640, height = 480, frames = 10 } = {}) {
	const luma = new Uint8Array(width * height).fill(235);
	const [left, top] = [Math.floor((width - w) / 2), Math.floor((height - h) / 2)];
	for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) luma[(top + y) * width + left + x] = grey[y * w + x] ? 235 : 16;
	const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
	const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
	return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...new Array(frames).fill(frame)]);
}
