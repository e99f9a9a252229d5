// The wallet's Content-Security-Policy, one place for both ways it reaches a browser: the
// build writes it into dist/index.html as a <meta> (so any static web server carries it),
// and serve.mjs sends it as a header as well, with what only a header can say.
//
// Everything comes from the wallet's own host. The one exception is where it talks to: the
// chain's node (WebSocket) and the indexer (HTTP), which are other origins. By default only
// this machine's (any port on 127.0.0.1 or localhost); a co-op hosting the wallet for its
// members names its own at build time:
//   COOP_WALLET_CONNECT_SRC="wss://node.example.coop https://indexer.example.coop" npm run build

export const LOOPBACK = 'ws://127.0.0.1:* ws://localhost:* http://127.0.0.1:* http://localhost:*';

/** The policy, as the <meta> carries it (a meta cannot say frame-ancestors). */
export function metaPolicy(connectSrc = process.env.COOP_WALLET_CONNECT_SRC || LOOPBACK) {
	return [
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self'",
		"img-src 'self' data: blob:", // QR codes and plots drawn here; photos of a QR picked from a file
		"media-src 'self' blob:", // the camera, when scanning a QR code
		"font-src 'self'",
		`connect-src 'self' ${connectSrc}`,
		"manifest-src 'self'",
		"base-uri 'none'",
		"form-action 'none'",
	].join('; ');
}

/** The header's policy: the meta's, and no page of another site may frame the wallet. */
export const headerPolicy = (meta) => `${meta}; frame-ancestors 'none'`;
