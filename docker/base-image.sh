#!/usr/bin/env bash
# Prints the base image the project's images build FROM, making it first if need be:
# the default (debian:bookworm-slim, or $BASE_IMAGE) if the engine has it or can pull it;
# otherwise the same Debian release built here with Debian's mmdebstrap from Debian's own
# mirror and imported as coop-exchange/base:bookworm-slim (machines that reach no container
# registry, as CI's). Progress goes to stderr; only the image name to stdout.
set -euo pipefail

WANTED="${BASE_IMAGE:-debian:bookworm-slim}"
LOCAL="coop-exchange/base:bookworm-slim"
say() { printf 'base-image: %s\n' "$*" >&2; }

if docker image inspect "$WANTED" >/dev/null 2>&1; then
  echo "$WANTED"; exit 0
fi
if timeout 60 docker pull -q "$WANTED" >/dev/null 2>&1; then
  echo "$WANTED"; exit 0
fi
if docker image inspect "$LOCAL" >/dev/null 2>&1; then
  say "$WANTED cannot be pulled; using $LOCAL, built here earlier"
  echo "$LOCAL"; exit 0
fi
command -v mmdebstrap >/dev/null || { say "mmdebstrap is missing (scripts/setup.sh installs it)"; exit 1; }
say "$WANTED cannot be pulled; building $LOCAL with mmdebstrap (about a minute)"
# minbase: Debian's essential packages and apt, as the slim image has; bash comes with it,
# which the health checks use.
mmdebstrap --quiet --variant=minbase --include=ca-certificates bookworm - \
  | docker import --change 'CMD ["bash"]' - "$LOCAL" >/dev/null
echo "$LOCAL"
