import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// A static build (dist/) any web server can host; relative paths, so it works from any folder.
export default defineConfig({
	base: './',
	plugins: [svelte()],
	build: { target: 'es2022', chunkSizeWarningLimit: 3000 },
	server: { host: '127.0.0.1', port: 8080 },
	preview: { host: '127.0.0.1', port: 8080 },
});
