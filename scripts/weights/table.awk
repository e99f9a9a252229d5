# Turns the rows that `table-rows.hbs` renders into a Markdown table of weights at each
# component's maximum (the worst case), storage priced as ParityDB's `DbWeight` prices it.
# "Calls in one block": how many fit in the normal class's share, each extrinsic's base
# weight counted (transaction extensions are not).
BEGIN {
  FS = "\t"
  read_ps = 8000000; write_ps = 50000000   # frame_support::weights::constants::ParityDbWeight
  base_ps = 108157000                      # frame_support's ExtrinsicBaseWeight, per extrinsic
  normal_ps = 2.25e12                      # 75% of the runtime's 3 s block
  print "| call | compute (µs) | reads | writes | weight (µs) | calls in one block |"
  print "|---|---:|---:|---:|---:|---:|"
}
$1 == "pallet" { pallet = $2; next }
$1 == "call" {
  time = $3; reads = $4; writes = $5; split("", max); worst = ""
  for (i = 6; i <= NF; i++) {
    n = split($i, part, ":")
    if (part[1] == "max") { max[part[2]] = part[3]; worst = worst (worst ? ", " : "") part[2] "=" part[3] }
  }
  for (i = 6; i <= NF; i++) {
    split($i, part, ":")
    if (part[1] == "time") time += part[3] * max[part[2]]
    if (part[1] == "reads") reads += part[3] * max[part[2]]
    if (part[1] == "writes") writes += part[3] * max[part[2]]
  }
  total = time + reads * read_ps + writes * write_ps
  name = pallet "::" $2 (worst ? " (" worst ")" : "")
  printf "| `%s` | %.1f | %d | %d | %.1f | %d |\n", name, time / 1e6, reads, writes, total / 1e6, normal_ps / (total + base_ps)
}
