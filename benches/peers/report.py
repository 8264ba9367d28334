#!/usr/bin/env python3
"""Turns criterion's estimates (target/criterion) into the BENCHMARKS.md tables.

usage: python3 benches/peers/report.py [target/criterion]

For each group: one row per implementation with the time per message
(criterion's slope estimate, or the mean when criterion sampled flat),
bytes/s for that implementation's own byte count, the time ratio against
tlwire in the same mode (>1: tlwire is faster by that factor), and the
throughput ratio against memcpy of the same byte count in the same mode
(fresh modes against `memcpy fresh` = alloc + copy, reused modes and
decoders against both).
"""
import json
import os
import sys

root = sys.argv[1] if len(sys.argv) > 1 else "target/criterion"


def load(group_dir):
    rows = {}
    for bench in sorted(os.listdir(group_dir)):
        d = os.path.join(group_dir, bench, "new")
        est_path = os.path.join(d, "estimates.json")
        if not os.path.exists(est_path):
            continue
        est = json.load(open(est_path))
        meta = json.load(open(os.path.join(d, "benchmark.json")))
        point = (est.get("slope") or est["mean"])["point_estimate"]
        tp = meta.get("throughput") or {}
        nbytes = tp.get("Bytes") or tp.get("BytesDecimal")
        rows[meta["function_id"]] = (point, nbytes)
        rows["__group"] = meta["group_id"]
    return rows


def fmt_ns(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.3f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


def fmt_rate(nbytes, ns):
    gib = nbytes / ns * 1e9 / 2**30
    return f"{gib:.2f} GiB/s" if gib >= 1 else f"{gib * 1024:.0f} MiB/s"


def mode(name):
    if name.endswith("fresh"):
        return "fresh"
    if name.endswith("reused"):
        return "reused"
    return "decode"


ORDER = ["tlwire fresh", "tlwire reused", "tlwire", "tlwire borrowed", "grammers fresh", "grammers reused", "grammers",
         "tl-proto fresh", "tl-proto reused", "tl-proto", "tl-proto borrowed", "memcpy fresh", "memcpy reused"]

groups = sorted(g for g in os.listdir(root) if os.path.isdir(os.path.join(root, g)) and g != "report")
for group in groups:
    rows = load(os.path.join(root, group))
    if not rows:
        continue
    group = rows.pop("__group")
    if group.startswith("traffic "):
        # The traffic set's groups have their own table (BENCHMARKS.md,
        # "Client traffic at layer 230") and their own bench names.
        continue
    names = sorted(rows, key=lambda n: ORDER.index(n) if n in ORDER else 99)
    decode = "tlwire" in rows
    print(f"\n#### {group}\n")
    if decode:
        print("| implementation | bytes | time/message | bytes/s | time ÷ tlwire | speed vs memcpy fresh | speed vs memcpy reused |")
        print("|---|---:|---:|---:|---:|---:|---:|")
    else:
        print("| implementation | bytes | time/message | bytes/s | time ÷ tlwire (same mode) | speed vs memcpy (same mode) |")
        print("|---|---:|---:|---:|---:|---:|")
    for n in names:
        ns, nbytes = rows[n]
        rate = nbytes / ns
        if decode:
            # Borrowed decoders against tlwire's borrowed one, owned against owned.
            same = "tlwire borrowed" if n.endswith("borrowed") and "tlwire borrowed" in rows else "tlwire"
            ours = rows[same][0]
            rel = "—" if n.startswith("tlwire") or n.startswith("memcpy") else f"{ns / ours:.2f}×"
            mf = rows["memcpy fresh"]
            mr = rows["memcpy reused"]
            vf = f"{rate / (mf[1] / mf[0]):.2f}×"
            vr = f"{rate / (mr[1] / mr[0]):.2f}×"
            print(f"| {n} | {nbytes} | {fmt_ns(ns)} | {fmt_rate(nbytes, ns)} | {rel} | {vf} | {vr} |")
        else:
            m = mode(n)
            ours = rows[f"tlwire {m}"][0]
            rel = "—" if n.startswith("tlwire") or n.startswith("memcpy") else f"{ns / ours:.2f}×"
            mm = rows[f"memcpy {m}"]
            vm = "—" if n.startswith("memcpy") else f"{rate / (mm[1] / mm[0]):.2f}×"
            print(f"| {n} | {nbytes} | {fmt_ns(ns)} | {fmt_rate(nbytes, ns)} | {rel} | {vm} |")
