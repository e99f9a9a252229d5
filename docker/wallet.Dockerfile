# The member wallet's static build (wallet/dist) in a small Debian image, served by
# wallet/serve.mjs with the Node.js that built it: the build context (docker/build-images.sh
# makes it) holds `node`, `serve.mjs`, `csp.js` (the header's policy, which serve.mjs
# imports; it imports nothing) and `dist/`. Any static web server would do; this one needs
# nothing installed in the image. It listens on 127.0.0.1 (the compose federation shares the
# host's network on loopback).
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN groupadd --system --gid 10001 coop \
 && useradd --system --uid 10001 --gid coop --home-dir /opt/coop-wallet --shell /usr/sbin/nologin coop
COPY node /usr/local/bin/node
COPY serve.mjs csp.js /opt/coop-wallet/
COPY dist /opt/coop-wallet/dist
# The smoke step: the page is there, and the server's code and the policy it imports load
# with this image's Node.js.
RUN test -s /opt/coop-wallet/dist/index.html && node --check /opt/coop-wallet/serve.mjs \
 && node -e 'import("/opt/coop-wallet/csp.js").then((m) => m.headerPolicy(""))'

USER coop
EXPOSE 8080
ENV WALLET_PORT=8080
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=6 CMD \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/$WALLET_PORT && printf "GET / HTTP/1.0\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["sh", "-c", "exec node /opt/coop-wallet/serve.mjs \"$WALLET_PORT\" /opt/coop-wallet/dist"]
