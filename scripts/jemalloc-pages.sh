#!/usr/bin/env bash
# What jemalloc holds in a running coop-node, in MiB over all arenas: active pages (in
# use by live allocations, with the free space inside their slabs), dirty pages (freed,
# kept for reuse, still resident) and muzzy pages (given back with MADV_FREE, resident
# until the kernel needs them), beside the process's resident memory. The node's jemalloc
# is built without statistics (`allocated`, `resident`, `retained` answer nothing), but
# these page counts it keeps anyway. gdb calls the binary's `mallctl`, whose address is
# found by the bytes it starts with (the release binary has no symbol table); the node
# stops for about a second. `purge` also returns every dirty and muzzy page to the kernel.
#
#   scripts/jemalloc-pages.sh PID [purge]
set -euo pipefail
pid="$1"; purge="${2:-}"
bin=$(readlink "/proc/$pid/exe")
# _rjem_mallctl's first 27 bytes, from libjemalloc_pic.a of tikv-jemalloc-sys 0.6.1.
offset=$(python3 - "$bin" <<'PY'
import re, sys, subprocess
data = open(sys.argv[1], 'rb').read()
pattern = bytes.fromhex('41554d89c14989cd41544989d4554889f5534889fb4883ec188b05')
hits = [m.start() for m in re.finditer(re.escape(pattern), data)]
if len(hits) != 1: sys.exit(f'mallctl found {len(hits)} times in {sys.argv[1]}')
# File offset to virtual address, through the executable segment that holds it.
for line in subprocess.run(['readelf', '-lW', sys.argv[1]], capture_output=True, text=True).stdout.splitlines():
    f = line.split()
    if f and f[0] == 'LOAD':
        off, vaddr, size = int(f[1], 16), int(f[2], 16), int(f[4], 16)
        if off <= hits[0] < off + size: print(hex(hits[0] - off + vaddr)); break
PY
)
base=$(awk -v bin="$bin" '$6 == bin && $3 == "00000000" {split($1, a, "-"); print "0x" a[1]; exit}' "/proc/$pid/maps")
rss() { awk '/^VmRSS:/ {printf "%d", $2/1024}' "/proc/$pid/status"; }
echo "rss_mb=$(rss)"
get() { printf -- "-ex\nset *\$sz = 8\n-ex\nprint \$m(\"stats.arenas.4096.%s\", \$buf, \$sz, 0, 0)\n-ex\nprintf \"%s_mb=%%lu\\\\n\", \$buf[0]*4096/1048576\n" "$1" "$1"; }
mapfile -t gets < <(get pactive; get pdirty; get pmuzzy)
timeout 60 gdb -p "$pid" -batch -nx \
  -ex "set \$m = (int(*)(char*,void*,unsigned long*,void*,unsigned long))($base+$offset)" \
  -ex 'set $buf = (unsigned long*)((void*(*)(unsigned long))malloc)(64)' \
  -ex 'set $sz = $buf + 4' -ex 'set $buf[0] = 1' -ex 'print $m("epoch", 0, 0, $buf, 8)' \
  "${gets[@]}" \
  -ex "$([ "$purge" = purge ] && echo 'print $m("arena.4096.purge", 0, 0, 0, 0)' || echo 'echo')" \
  -ex 'call ((void(*)(void*))free)($buf)' -ex detach 2>&1 | grep -E '^p(active|dirty|muzzy)_mb=' || true
[ "$purge" = purge ] && echo "rss_mb_after_purge=$(rss)"
exit 0
