#!/usr/bin/python3
"""Where the bytes of a .genlens project go: pages per table (indexes counted with their table),
per stored sample. Usage: project_sizes.py PROJECT.genlens [LABEL]

Uses SQLite's dbstat virtual table (compiled into Debian's Python sqlite3); falls back to the sum
of the blob and text lengths per table when it is missing.
"""
import sqlite3
import sys

WHAT = {
    "thumbnail_images": "thumbnails by content hash (schema 2)",
    "thumbnails": "thumbnails by set and index (schema 1)",
    "features": "feature cache (float32 vectors)",
    "samples": "sample rows (path, label, hash, size)",
    "scores": "per-sample score columns (float64)",
    "neighbours": "nearest-neighbour links",
    "run_extra": "extra JSON (feature map, ...)",
}


def main():
    path = sys.argv[1]
    label = sys.argv[2] if len(sys.argv) > 2 else path
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    samples = db.execute("SELECT count(*) FROM samples").fetchone()[0]
    owner = {name: tbl for name, tbl in db.execute(
        "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')")}
    sizes = {}
    try:
        for name, size in db.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = owner.get(name, name)
            sizes[table] = sizes.get(table, 0) + size
        method = "dbstat pages"
    except sqlite3.OperationalError:
        method = "sum of column lengths"
        for table in [t for t in set(owner.values()) if not t.startswith("sqlite_")]:
            cols = [r[1] for r in db.execute("PRAGMA table_info(%s)" % table)]
            expr = " + ".join("coalesce(length(%s), 0)" % c for c in cols) or "0"
            sizes[table] = db.execute("SELECT coalesce(sum(%s), 0) FROM %s" % (expr, table)).fetchone()[0]
    total = sum(sizes.values())
    print("%s: %d samples, %.1f MB (%s), %.0f bytes per sample" %
          (label, samples, total / 1e6, method, total / max(samples, 1)))
    for table, size in sorted(sizes.items(), key=lambda kv: -kv[1]):
        if size * 1000 < total:
            continue
        print("  %-18s %10.1f MB %8.0f B/sample  %s" %
              (table, size / 1e6, size / max(samples, 1), WHAT.get(table, "")))


if __name__ == "__main__":
    main()
