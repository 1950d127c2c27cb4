#!/usr/bin/env python3
"""Prints the Results table of resources/validation/README.md (markdown) from
`deepplan-cli validate --json`: in-sample and leave-one-out cross-validated
median absolute error and shares within 25 % / 50 %, overall and per class.

Usage: deepplan-cli validate --json | tools/validation_table.py
   or: tools/validation_table.py validate.json
"""
import json
import sys

CLASSES = ["datacenter-gpu", "consumer-gpu", "apple", "cpu", "hybrid-offload", "multi-node"]


def pct(v):
    return f"{round(v * 100):d} %"


def main():
    src = open(sys.argv[1]) if len(sys.argv) > 1 else sys.stdin
    d = json.load(src)
    cases = d["cases"]
    mapped = len(cases)
    counted = sum(1 for c in cases if c["counted"])
    print(f"`deepplan-cli validate` on the shipped files ({mapped + len(d['unmapped'])} rows: {mapped} mapped, "
          f"of which {counted} tier A/B counted and {mapped - counted} tier C shown only; {len(d['unmapped'])} unmapped). "
          "Errors are |predicted/measured − 1|; CV is leave-one-out: each case is predicted after rerunning the "
          "whole calibration without it.\n")
    print("| class | n | median error | within 25 % | within 50 % | CV median error | CV within 25 % | CV within 50 % |")
    print("| --- | --: | --: | --: | --: | --: | --: | --: |")
    cv = d.get("cross_validation") or {}
    rows = [("**overall**", d["summary"], cv.get("summary"))]
    rows += [(c, d["classes"][c], (cv.get("classes") or {}).get(c)) for c in CLASSES if c in d["classes"]]
    for name, s, v in rows:
        cvs = [pct(v["median_abs_error"]), pct(v["within_25"]), pct(v["within_50"])] if v else ["-", "-", "-"]
        print(f"| {name} | {s['n']} | {pct(s['median_abs_error'])} | {pct(s['within_25'])} | {pct(s['within_50'])} | "
              + " | ".join(cvs) + " |")
    print(f"\nTargets met: {'yes' if d['targets_met'] else 'no (see below)'}.")


if __name__ == "__main__":
    main()
