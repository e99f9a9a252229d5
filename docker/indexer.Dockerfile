# coop-indexer in a small Debian image, with the Node.js that ran its tests: the build
# context (docker/build-images.sh makes it) holds `node`, and the indexer with its
# node_modules (better-sqlite3's native part is built for that Node.js).
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN groupadd --system --gid 10001 coop \
 && useradd --system --uid 10001 --gid coop --home-dir /data --shell /usr/sbin/nologin coop \
 && mkdir -p /data && chown coop:coop /data
COPY node /usr/local/bin/node
COPY indexer /opt/coop-indexer
RUN node /opt/coop-indexer/bin/coop-indexer.mjs --help >/dev/null

USER coop
VOLUME /data
WORKDIR /data
EXPOSE 8090
ENV INDEXER_PORT=8090
HEALTHCHECK --interval=10s --timeout=5s --start-period=20s --retries=6 CMD \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/$INDEXER_PORT && printf "GET /status HTTP/1.0\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["node", "/opt/coop-indexer/bin/coop-indexer.mjs"]
CMD ["--node", "ws://127.0.0.1:9944", "--database", "/data/indexer.sqlite", "--listen", "127.0.0.1:8090"]
