# coop-node in a small Debian image, run as a user with no privileges. The build context
# is a folder holding the binary (docker/build-images.sh makes it): the image is built from
# the same binary the tests ran, not compiled again.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN groupadd --system --gid 10001 coop \
 && useradd --system --uid 10001 --gid coop --home-dir /data --shell /usr/sbin/nologin coop \
 && mkdir -p /data /keys && chown coop:coop /data
COPY coop-node /usr/local/bin/coop-node
# The smoke step: the binary starts in this image (its libraries are here) and says what it is.
RUN /usr/local/bin/coop-node --version

USER coop
VOLUME /data
WORKDIR /data
# p2p, RPC (WebSocket and HTTP), Prometheus.
EXPOSE 30333 9944 9615
# Ready: the RPC server answers /health/readiness with 200 (peers, not syncing). No curl in
# the image: bash's /dev/tcp. RPC_PORT is set where the node listens elsewhere.
ENV RPC_PORT=9944
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 CMD \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/$RPC_PORT && printf "GET /health/readiness HTTP/1.0\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["/usr/local/bin/coop-node"]
CMD ["--help"]
