import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

import { metaPolicy } from './csp.js';
import { sizeBudget } from './size-budget.js';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// A static build (dist/) any web server can host; relative paths, so it works from any folder.
//
// Two parts of @polkadot/api are left out, for size (docs/wallet.md, "Size"):
// - the WebAssembly build of its crypto: util-crypto then uses its JavaScript
//   implementations (@noble/hashes, @scure/sr25519), the same algorithms;
// - @polkadot/types-known, the type tables of other public chains (src/lib/slim/).
export default defineConfig({
	base: './',
	plugins: [
		svelte(),
		sizeBudget(),
		{
			name: 'content-security-policy',
			apply: 'build', // the dev server injects scripts of its own
			transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy() }, injectTo: 'head-prepend' }],
		},
	],
	resolve: {
		alias: [
			{ find: /^@polkadot\/wasm-crypto-init$/, replacement: '@polkadot/wasm-crypto-init/none' },
			{ find: /^@polkadot\/types-known$/, replacement: here('./src/lib/slim/types-known.js') },
		],
	},
	build: { target: 'es2022', chunkSizeWarningLimit: 3000 },
	server: { host: '127.0.0.1', port: 8080 },
	preview: { host: '127.0.0.1', port: 8080 },
});
