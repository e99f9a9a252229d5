# Prometheus (Debian's build, copied from the machine that builds the images: no registry
# is needed) with the federation's scrape config and alert rules, mounted by compose.yaml.
ARG BASE_IMAGE=debian:bookworm-slim
FROM ${BASE_IMAGE}

RUN groupadd --system --gid 10002 prometheus \
 && useradd --system --uid 10002 --gid prometheus --home-dir /prometheus --shell /usr/sbin/nologin prometheus \
 && mkdir -p /prometheus /etc/prometheus && chown prometheus:prometheus /prometheus
COPY prometheus /usr/local/bin/prometheus
RUN /usr/local/bin/prometheus --version

USER prometheus
VOLUME /prometheus
EXPOSE 9090
HEALTHCHECK --interval=10s --timeout=5s --start-period=10s --retries=6 CMD \
  bash -c 'exec 3<>/dev/tcp/127.0.0.1/9090 && printf "GET /-/ready HTTP/1.0\r\n\r\n" >&3 && head -n1 <&3 | grep -q " 200 "'
ENTRYPOINT ["/usr/local/bin/prometheus"]
CMD ["--config.file=/etc/prometheus/prometheus.yml", "--storage.tsdb.path=/prometheus", "--web.listen-address=127.0.0.1:9090"]
