#!/usr/bin/env node
// Serves the wallet's static build (dist/) on 127.0.0.1: `node serve.mjs [port] [dir]`.
// Any static web server does the same; this one needs nothing beyond Node.js and csp.js
// beside it. It sends the build's Content-Security-Policy (the <meta> in index.html) as a
// header too, with what csp.js adds that only a header can say.

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { headerPolicy } from './csp.js';

const port = Number(process.argv[2] ?? 8080);
const root = resolve(process.argv[3] ?? join(fileURLToPath(new URL('.', import.meta.url)), 'dist'));
const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(root, 'index.html'), 'utf8'));
if (!meta) throw new Error(`${root}/index.html carries no Content-Security-Policy: build it with \`npm run build\``);
const POLICY = headerPolicy(meta[1].replaceAll('&#39;', "'"));
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

const server = createServer((req, res) => {
	const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
	let file = join(root, path);
	if (!file.startsWith(root)) { res.statusCode = 403; res.end(); return; }
	try {
		if (statSync(file).isDirectory()) file = join(file, 'index.html');
		statSync(file);
	} catch {
		res.statusCode = 404;
		res.end('not found');
		return;
	}
	res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
	res.setHeader('Content-Security-Policy', POLICY);
	res.setHeader('X-Content-Type-Options', 'nosniff');
	res.setHeader('Referrer-Policy', 'no-referrer');
	createReadStream(file).pipe(res);
});
server.listen(port, '127.0.0.1', () => console.error(`wallet: http://127.0.0.1:${server.address().port}/`));
