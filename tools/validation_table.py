#!/usr/bin/env python3
"""Prints the validation tables (markdown) from `deepplan-cli validate --json`.

Default (resources/validation/README.md, "Results"): the per-regime table,
in-sample against leave-one-source-out (LOSO) cross-validated, for the
regime groupings with counted cases, then the per-class table.
--short (the project README): overall, dense/MoE and dense/MoE x placement.
--unmapped: the table of unmapped rows and why.

Usage: deepplan-cli validate --json | tools/validation_table.py [--short|--unmapped]
   or: tools/validation_table.py [--short|--unmapped] validate.json
"""
import json
import sys

CLASSES = ["datacenter-gpu", "consumer-gpu", "apple", "cpu", "hybrid-offload", "multi-node"]
FAMILIES = ["dense", "moe"]
PLACEMENTS = ["one-device", "tp-one-machine", "multi-machine", "offload"]
CONCURRENCIES = ["c1", "c2-16", "c17+"]


def groupings():
    """Regime groupings in the order deepplan-cli reports them."""
    parts = [FAMILIES, PLACEMENTS, CONCURRENCIES]
    out = [p for dim in parts for p in dim]
    for a in range(3):
        for b in range(a + 1, 3):
            out += [f"{x}/{y}" for x in parts[a] for y in parts[b]]
    out += [f"{f}/{p}/{c}" for f in FAMILIES for p in PLACEMENTS for c in CONCURRENCIES]
    return out


def pct(v):
    return f"{round(v * 100):d} %"


def ratio(v):
    return f"{v:.2f}"


def intro(d):
    cases = d["cases"]
    mapped = len(cases)
    counted = sum(1 for c in cases if c["counted"])
    cv = d.get("cross_validation") or {}
    n_sources = d["summary"].get("n_sources", "?")
    print(f"`deepplan-cli validate` on the shipped files ({mapped + len(d['unmapped'])} rows: {mapped} mapped, "
          f"of which {counted} tier A/B counted from {n_sources} independent sources and {mapped - counted} tier C "
          f"shown only; {len(d['unmapped'])} unmapped). Errors are |predicted/measured − 1|; ratio is "
          "predicted ÷ measured as speeds (a time's ratio inverted: above 1 the plan is too optimistic); "
          f"LOSO is {cv.get('method', 'not run')}: every row of a source is predicted after rerunning the whole "
          "calibration without any row of that source.\n")


def regime_table(d, names, bold_overall=True):
    cv = d.get("cross_validation") or {}
    cvr = cv.get("regimes") or {}
    print("| regime | n | in-sample error | LOSO error | LOSO median ratio | LOSO within 1.5× | LOSO within 25 % | LOSO within 50 % |")
    print("| --- | --: | --: | --: | --: | --: | --: | --: |")
    rows = [("**overall**" if bold_overall else "overall", d["summary"], cv.get("summary"))]
    rows += [(f"`{g}`", d["regimes"][g], cvr.get(g)) for g in names if g in d.get("regimes", {})]
    for name, s, v in rows:
        loso = ([pct(v["median_abs_error"]), ratio(v["median_ratio"]), pct(v["within_factor_1_5"]), pct(v["within_25"]),
                 pct(v["within_50"])] if v else ["-"] * 5)
        print(f"| {name} | {s['n']} | {pct(s['median_abs_error'])} | " + " | ".join(loso) + " |")


def class_table(d):
    cv = d.get("cross_validation") or {}
    print("| class | n | median error | within 25 % | within 50 % | LOSO median error | LOSO within 25 % | LOSO within 50 % |")
    print("| --- | --: | --: | --: | --: | --: | --: | --: |")
    rows = [("**overall**", d["summary"], cv.get("summary"))]
    rows += [(c, d["classes"][c], (cv.get("classes") or {}).get(c)) for c in CLASSES if c in d["classes"]]
    for name, s, v in rows:
        cvs = [pct(v["median_abs_error"]), pct(v["within_25"]), pct(v["within_50"])] if v else ["-", "-", "-"]
        print(f"| {name} | {s['n']} | {pct(s['median_abs_error'])} | {pct(s['within_25'])} | {pct(s['within_50'])} | "
              + " | ".join(cvs) + " |")


def unmapped_table(d):
    print(f"| id | tier | source | why |")
    print("| --- | --- | --- | --- |")
    for u in d["unmapped"]:
        # The mapping reason, without the transcribed source note or date hint that follow it.
        why = u["reason"].split("; source note:")[0].split("; date not stated")[0].replace("|", "/")
        print(f"| `{u['id']}` | {u.get('tier', '')} | {u.get('source', '')} | {why} |")


def main():
    flags = {a for a in sys.argv[1:] if a.startswith("--")}
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    short = "--short" in flags
    src = open(args[0]) if args else sys.stdin
    d = json.load(src)
    if "--unmapped" in flags:
        unmapped_table(d)
        return
    if short:
        names = FAMILIES + [f"{f}/{p}" for f in FAMILIES for p in PLACEMENTS]
        regime_table(d, names, bold_overall=False)
        return
    intro(d)
    print("Per regime (single parts, pairs, then full regimes; only groupings with counted cases):\n")
    regime_table(d, groupings())
    print("\nPer device class:\n")
    class_table(d)
    missed = d.get("targets_missed") or []
    print(f"\nTargets met: {'yes' if d['targets_met'] else 'no'}.")
    for m in missed:
        print(f"* {m}")


if __name__ == "__main__":
    main()
