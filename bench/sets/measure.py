#!/usr/bin/python3
"""Runs one command RUNS times, each under /usr/bin/time -v, and prints one summary line:

  <label> value=<last value=> median_wall_s=<> runs_wall_s=<a,b,c> median_cpu_s=<user+sys>
          peak_rss_mib=<max over runs> [every key=value the command printed on its last run]

usage: measure.py LABEL RUNS -- COMMAND ARGS...
The command prints key=value pairs on stdout (bench_sets fidfile, reference.py fid-*); for a
`genlens ... --json -` command the FID is read from the JSON (metrics.fid). Per-run lines go to
stderr. Exit status: the command's, when it fails.
"""
import json
import re
import statistics
import subprocess
import sys
import tempfile


def parse_time(text):
    def grab(pattern):
        m = re.search(pattern, text)
        return m.group(1) if m else None
    wall = grab(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([0-9:.]+)")
    parts = [float(p) for p in wall.split(":")]
    seconds = 0.0
    for p in parts:
        seconds = seconds * 60 + p
    cpu = float(grab(r"User time \(seconds\): ([0-9.]+)")) + float(grab(r"System time \(seconds\): ([0-9.]+)"))
    rss = float(grab(r"Maximum resident set size \(kbytes\): ([0-9]+)")) / 1024.0
    return seconds, cpu, rss


def value_of(stdout):
    m = re.search(r"value=([-+0-9.eE]+)", stdout)
    if m:
        return m.group(1), dict(re.findall(r"(\w+)=(\S+)", stdout))
    try:
        doc = json.loads(stdout)
        fid = doc.get("metrics", {}).get("fid")
        if isinstance(fid, dict):
            fid = fid.get("value")
        return repr(fid), {"timings_ms": json.dumps(doc.get("timings_ms", {}), separators=(",", ":"))}
    except (ValueError, AttributeError):
        return "nan", {}


def main():
    label, runs = sys.argv[1], int(sys.argv[2])
    cmd = sys.argv[sys.argv.index("--") + 1:]
    walls, cpus, rsss = [], [], []
    value, extra = "nan", {}
    for r in range(runs):
        with tempfile.NamedTemporaryFile("r") as t:
            p = subprocess.run(["/usr/bin/time", "-v", "-o", t.name] + cmd, capture_output=True, text=True)
            if p.returncode != 0:
                sys.stderr.write(p.stderr)
                sys.exit(p.returncode)
            wall, cpu, rss = parse_time(t.read())
        walls.append(wall)
        cpus.append(cpu)
        rsss.append(rss)
        value, extra = value_of(p.stdout)
        print("  %s run %d: %.2f s wall, %.2f s cpu, %.0f MiB" % (label, r + 1, wall, cpu, rss), file=sys.stderr)
    extra.pop("value", None)
    print("%s value=%s median_wall_s=%.3f runs_wall_s=%s median_cpu_s=%.3f peak_rss_mib=%.0f %s" % (
        label, value, statistics.median(walls), ",".join("%.2f" % w for w in walls),
        statistics.median(cpus), max(rsss), " ".join("%s=%s" % kv for kv in extra.items())))


if __name__ == "__main__":
    main()
