#!/usr/bin/env python3
"""Runs hostile inputs against the built deepplan-cli and checks each one.

    python3 tools/hostile_inputs.py [--cli build-test/app/cli/deepplan-cli] [--markdown]

Every case runs in a fresh scratch directory and must:
  * exit with the expected code (2 bad usage, 1 bad input, 0 accepted) and
    never die of a signal (crash, abort, sanitizer);
  * name the flag or field at fault on stderr (expected substrings) in fewer
    than 2,000 bytes, with no control characters but newline;
  * end within 5 s and stay under 1 GiB of resident memory;
  * write nothing and lose nothing: the scratch directory (names, sizes,
    modes, contents, kinds) is the same afterwards, except the files the
    case says it writes, and no temporary file is left behind.
Exit status: 0 when every case passes, 1 otherwise. The tally and the table
are what docs/HOSTILE-INPUTS.md records.
"""

import argparse
import hashlib
import json
import os
import resource
import signal
import stat
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIME_LIMIT_S = 5.0
MEMORY_LIMIT_KB = 1024 * 1024

SCENARIO = {"model": "deepseek-r1", "variant": "q4_k_m", "pool": "1x mac-studio-m2-ultra-192g"}
PLAN = ["plan", "--model", "deepseek-r1", "--variant", "fp8", "--engine", "vllm", "--pool", "2x hgx-h100-8@ib-ndr400"]
SEARCH = ["search", "--model", "deepseek-r1", "--target-tps", "10"]


def scenario_with(**fields):
    s = dict(SCENARIO)
    s.update(fields)
    return json.dumps(s)


def link_catalog(entry_fields, raw=None):
    if raw is not None:
        return raw
    e = {"id": "my-link", "kind": "network", "bandwidth_gb_s": 10, "latency_us": 5}
    e.update(entry_fields)
    return json.dumps({"kind": "links", "entries": [e]})


class Case:
    def __init__(self, label, args, code, parts, files=None, fifos=(), dirs=(), symlinks=None,
                 writes=(), check=None):
        self.label = label
        self.args = args          # list; "{d}" is replaced by the scratch directory
        self.code = code
        self.parts = parts        # substrings that must be on stderr (the named flag/field)
        self.files = files or {}  # name -> text or bytes, created before the run
        self.fifos = fifos
        self.dirs = dirs
        self.symlinks = symlinks or {}
        self.writes = set(writes)  # names the case may create or change
        self.check = check        # extra check(scratch) -> error text or None


def cases():
    out = []
    add = out.append
    # --- numeric flags of plan ---------------------------------------------------
    bad_ints = ["-5", "0", "abc", "1e99", "1000000000000", "0x10", "99999999999999999999", " 5", "5x"]
    for flag in ["--context", "--prompt", "--output", "--concurrency", "--prefill-chunk"]:
        for v in bad_ints:
            add(Case(f"plan {flag} {v!r}", PLAN + [flag, v], 2, [flag]))
    for flag in ["--context", "--concurrency", "--prefill-chunk"]:
        add(Case(f"plan {flag} beyond the core's limit", PLAN + [flag, "2000000000"], 2, [flag]))
    # --- numeric flags of search -------------------------------------------------
    for v in ["0x10", "inf", "nan", "-1", "0", "1e309", "abc", "1,5"]:
        add(Case(f"search --target-tps {v!r}", ["search", "--model", "deepseek-r1", "--target-tps", v], 2, ["--target-tps"]))
    for flag, vals in [("--top", ["1e9", "0", "-1", "100000000000"]), ("--max-nodes", ["0", "-3", "1e9", "100000"]),
                       ("--min-context", ["0", "1e12"]), ("--budget", ["-1", "0x10"]), ("--utilization", ["2", "-0.5"]),
                       ("--years", ["0", "1000"]), ("--usd-per-kwh", ["-1"])]:
        for v in vals:
            add(Case(f"search {flag} {v!r}", SEARCH + [flag, v], 2, [flag]))
    add(Case("search --objective bogus", SEARCH + ["--objective", "speed\x1b[31m"], 2, ["--objective"]))
    # --- --arrivals (how the clients' requests come) -----------------------------------
    for label, v in [("'sometimes'", "sometimes"), ("'Together' (case)", "Together"), ("'7'", "7"),
                     ("100,000 characters", "s" * 100000), ("with ANSI", "together\x1b[31m")]:
        add(Case(f"plan --arrivals {label}", PLAN + ["--arrivals", v], 2, ["--arrivals", "staggered or together"]))
    # --- empty values, missing values, unknown flags -------------------------------
    for flag in ["--model", "--variant", "--pool", "--engine", "--out", "--scenario", "--catalog", "--offload", "--arrivals"]:
        add(Case(f"plan {flag} ''", ["plan", flag, ""], 2, [flag]))
    add(Case("validate --cases ''", ["validate", "--cases", ""], 2, ["--cases"]))
    add(Case("calibrate --engines ''", ["calibrate", "--engines", ""], 2, ["--engines"]))
    add(Case("plan --model (no value)", ["plan", "--model"], 2, ["--model"]))
    add(Case("plan --fast", PLAN + ["--fast"], 2, ["--fast"]))
    add(Case("plan stray argument", PLAN + ["extra"], 2, ["extra"]))
    add(Case("unknown command with ANSI", ["\x1b[2Jplan"], 2, ["unknown command", "\\x1b"]))
    add(Case("help for an unknown command", ["help", "nope"], 2, ["nope"]))
    add(Case("no arguments", [], 2, ["Usage"]))
    add(Case("--model given twice", PLAN + ["--model", "x"], 2, ["--model"]))
    # --- ids ------------------------------------------------------------------------
    add(Case("plan unknown model", ["plan", "--model", "nope"], 1, ["--model", "nope"]))
    add(Case("plan unknown variant", ["plan", "--variant", "nope"], 1, ["--variant"]))
    add(Case("plan unknown engine", PLAN[:-2] + ["--pool", "2x hgx-h100-8@ib-ndr400", "--engine", "nope"], 2, ["--engine"]))
    add(Case("plan 100,000-character model id", ["plan", "--model", "m" * 100000], 2, ["--model", "at most 128"]))
    add(Case("plan model id with ANSI", ["plan", "--model", "r1\x1b[31m"], 2, ["--model", "control characters"]))
    add(Case("search unknown model", ["search", "--model", "nope", "--target-tps", "5"], 1, ["--model"]))
    add(Case("search unknown system list", SEARCH + ["--systems", "nope,,x"], 1, ["--systems"]))
    # --- pool specs -----------------------------------------------------------------
    pools = [("empty-ish", " ", ["--pool"]), ("zero count", "0x hgx-h100-8", ["--pool"]),
             ("negative count", "-1x hgx-h100-8", ["--pool"]), ("no system", "2x", ["--pool"]),
             ("double comma", "2x hgx-h100-8,,1x pc-ddr5", ["--pool"]), ("trailing comma", "2x hgx-h100-8,", ["--pool"]),
             ("huge count", "9999999999x hgx-h100-8", ["--pool"]), ("4097 machines", "4097x hgx-h100-8", ["--pool"]),
             ("100 groups of 4096", ",".join(["4096x hgx-h100-8@ib-ndr400"] * 100), ["--pool", "409600 machines"]),
             ("400 groups of 4096", ",".join(["4096x hgx-h100-8@ib-ndr400"] * 400), ["--pool", "1638400 machines"]),
             ("2000 cards per machine", "1x pc-ddr5+2000x rtx-4090", ["--pool"]),
             ("64 x 1024 added cards", ",".join(["64x pc-ddr5+1024x rtx-4090"] * 2), ["--pool", "accelerators"]),
             ("two plus", "1x pc-ddr5+1x rtx-4090+1x rtx-4090", ["--pool"]),
             ("bad link", "2x hgx-h100-8@IB NDR", ["--pool"]),
             ("100,000-character system", "1x " + "s" * 100000, ["--pool", "bytes"]),
             ("ANSI in system", "1x pc\x1b[31m", ["--pool"])]
    for label, spec, parts in pools:
        add(Case(f"plan --pool {label}", ["plan", "--pool", spec], 2, parts))
    add(Case("plan --pool unknown system", ["plan", "--pool", "2x nope"], 1, ["system", "nope"]))
    # The largest pools the bound lets through are planned within the time and memory limits.
    add(Case("plan --pool 4096 x 8-GPU servers (the bound)", ["plan", "--model", "deepseek-r1", "--variant", "fp8",
                                                              "--pool", "4096x hgx-h100-8@ib-ndr400", "--json"], 0, []))
    add(Case("plan --pool 64 machines x 1024 added cards (the bound)", ["plan", "--model", "deepseek-r1", "--variant", "fp8",
                                                                        "--pool", "64x pc-ddr5+1024x rtx-4090"], 0, []))
    # --- --scenario files -----------------------------------------------------------
    nested = "[" * 100000 + "]" * 100000
    sfiles = [
        ("missing file", None, {}, ["--scenario", "No such file"]),
        ("a directory", "DIR", {}, ["--scenario", "is a directory"]),
        ("a FIFO", "FIFO", {}, ["--scenario", "FIFO"]),
        ("empty file", "", {}, ["--scenario", "not valid JSON"]),
        ("binary", b"\x00\x01\x02{", {}, ["--scenario", "binary"]),
        ("nested 100,000 deep", nested, {}, ["--scenario", "more than 64 deep"]),
        ("stored plan nested 100,000 deep",
         '{"schema_version":1,"scenario":' + json.dumps(SCENARIO) + ',"plan":{"a":' + nested + "}}", {}, ["deep"]),
        ("misspelled concurrency", scenario_with(workload={"concurrrency": 64}), {},
         ["scenario.workload.concurrrency", "did you mean \"concurrency\""]),
        ("unknown top-level key", '{"schema_version":1,"scenario":' + json.dumps(SCENARIO) + ',"plann":{}}', {}, ["plann"]),
        ("duplicate key", '{"model":"deepseek-r1","model":"x","variant":"q4_k_m","pool":"1x pc-ddr5"}', {}, ["model twice"]),
        ("wrong type", scenario_with(model=42), {}, ["scenario.model", "must be a string"]),
        ("list as model", scenario_with(model=list(range(10000))), {}, ["scenario.model", "a list of 10000 items"]),
        ("number overflow", '{"model":"deepseek-r1","variant":"q4_k_m","pool":"1x pc-ddr5","workload":{"context":1e999}}', {},
         ["--scenario", "JSON"]),
        ("negative context", scenario_with(workload={"context": -5}), {}, ["scenario.workload.context"]),
        ("fractional concurrency", scenario_with(workload={"concurrency": 1.5}), {}, ["scenario.workload.concurrency"]),
        ("NaN-like string", scenario_with(workload={"kv_bytes": "NaN"}), {}, ["scenario.workload.kv_bytes"]),
        ("arrivals a number", scenario_with(workload={"arrivals": 7}), {}, ["scenario.workload.arrivals", "must be a string"]),
        ("arrivals sometimes", scenario_with(workload={"arrivals": "sometimes"}), {},
         ["scenario.workload.arrivals", "staggered or together"]),
        ("arrivals a list", scenario_with(workload={"arrivals": ["together"]}), {}, ["scenario.workload.arrivals"]),
        ("arrivals of 5,000 characters and ANSI", scenario_with(workload={"arrivals": "s" * 5000 + "\x1b[2J"}), {},
         ["scenario.workload.arrivals", "(5004 bytes)"]),
        ("offload of 5,000 characters and ANSI", scenario_with(offload="n" * 5000 + "\x1b[2J"), {},
         ["scenario.offload", "(5004 bytes)"]),
        ("future schema", '{"schema_version":99,"scenario":' + json.dumps(SCENARIO) + "}", {}, ["schema_version", "99"]),
        ("not an object", "[1, 2]", {}, ["must hold a JSON object"]),
        ("truncated", scenario_with()[:30], {}, ["not valid JSON"]),
        ("100,000-character model id", scenario_with(model="m" * 100000), {}, ["scenario.model", "at most 128"]),
        ("model id with ANSI", scenario_with(model="r1\x1b[2J"), {}, ["scenario.model", "control characters"]),
        ("pool of 100 x 4096 groups", scenario_with(pool=",".join(["4096x hgx-h100-8"] * 100)), {}, ["scenario.pool", "machines"]),
        ("pool list of 3 x 2000", scenario_with(pool=[{"count": 2000, "system": "hgx-h100-8"}] * 3), {},
         ["scenario.pool", "6000 machines"]),
        ("pool group with unknown key", scenario_with(pool=[{"count": 1, "system": "pc-ddr5", "acelerator": "x"}]), {},
         ["scenario.pool[0].acelerator", "did you mean"]),
        ("over the size cap (20 MiB)", " " * (20 * 1024 * 1024) + scenario_with(), {}, ["--scenario", "larger than"]),
    ]
    for label, content, _, parts in sfiles:
        files, fifos, dirs = {}, (), ()
        if content == "DIR":
            dirs = ("s.json",)
        elif content == "FIFO":
            fifos = ("s.json",)
        elif content is not None:
            files = {"s.json": content}
        add(Case(f"plan --scenario {label}", ["plan", "--scenario", "{d}/s.json"], 1, parts, files=files, fifos=fifos, dirs=dirs))
    add(Case("plan --scenario /dev/zero", ["plan", "--scenario", "/dev/zero"], 1, ["/dev/zero", "device"]))
    add(Case("plan --scenario /dev/null", ["plan", "--scenario", "/dev/null"], 1, ["/dev/null", "device"]))
    add(Case("plan --scenario symlink loop", ["plan", "--scenario", "{d}/loop.json"], 1, ["loop.json"],
             symlinks={"loop.json": "loop.json"}))
    # --- --catalog directories ------------------------------------------------------------
    cats = [
        ("missing directory", None, ["--catalog"] and ["catalog", "not a directory"]),
        ("devices.json is a directory", "DIR", ["devices.json", "is a directory"]),
        ("devices.json is a FIFO", "FIFO", ["devices.json", "FIFO"]),
        ("devices.json is /dev/zero", "ZERO", ["devices.json", "device"]),
        ("100,000-character id", link_catalog({"id": "a" * 100000}), ["links[0].id", "at most 128"]),
        ("id with ANSI", link_catalog({"id": "a\x1b[31m"}), ["links[0].id", "\\x1b"]),
        ("upper-case id", link_catalog({"id": "My-Link"}), ["links[0].id"]),
        ("misspelled key", link_catalog({"bandwith_gb_s": 12}), ["links[0].bandwith_gb_s", "did you mean \"bandwidth_gb_s\""]),
        ("duplicate key", link_catalog(None, raw='{"kind":"links","entries":[{"id":"l","id":"m","kind":"network",'
                                                  '"bandwidth_gb_s":1,"latency_us":1}]}'), ["entries[0].id twice"]),
        ("duplicate id", link_catalog(None, raw=json.dumps({"kind": "links", "entries": [
            {"id": "l", "kind": "network", "bandwidth_gb_s": 1, "latency_us": 1}] * 2})), ["links[1].id", "twice"]),
        ("nested 100,000 deep", nested, ["links.json", "more than 64 deep"]),
        ("negative bandwidth", link_catalog({"bandwidth_gb_s": -1}), ["links[0].bandwidth_gb_s"]),
        ("huge number", link_catalog(None, raw='{"kind":"links","entries":[{"id":"l","kind":"network",'
                                               '"bandwidth_gb_s":1e999,"latency_us":1}]}'), ["links.json", "JSON"]),
        ("wrong kind", link_catalog(None, raw='{"kind":"devices","entries":[]}'), ["links.kind"]),
        ("unknown top-level key", link_catalog(None, raw='{"kind":"links","entries":[],"entires":[]}'), ["links.entires"]),
        ("over the size cap (20 MiB)", " " * (20 * 1024 * 1024) + link_catalog({}), ["links.json", "larger than"]),
    ]
    for label, content, parts in cats:
        files, fifos, dirs = {}, (), ()
        symlinks = {}
        name = "devices.json" if content in ("DIR", "FIFO", "ZERO") else "links.json"
        if content is None:
            target = "{d}/nope"
        else:
            target = "{d}/cat"
            dirs = ("cat",)
            if content == "DIR":
                dirs = ("cat", "cat/devices.json")
            elif content == "FIFO":
                fifos = ("cat/devices.json",)
            elif content == "ZERO":
                symlinks = {"cat/devices.json": "/dev/zero"}
            else:
                files = {"cat/" + name: content}
        add(Case(f"plan --catalog {label}", PLAN + ["--catalog", target], 1, parts, files=files, fifos=fifos, dirs=dirs,
                 symlinks=symlinks))
    add(Case("plan --catalog is a file", PLAN + ["--catalog", "{d}/f"], 1, ["not a directory"], files={"f": "x"}))
    # --- --out destinations ---------------------------------------------------------
    add(Case("plan --out a directory", PLAN + ["--out", "{d}/o"], 1, ["--out", "is a directory"], dirs=("o",)))
    add(Case("plan --out a FIFO", PLAN + ["--out", "{d}/o.json"], 1, ["--out", "FIFO"], fifos=("o.json",)))
    add(Case("plan --out into a missing directory", PLAN + ["--out", "{d}/no/o.json"], 1, ["--out", "No such file"]))
    add(Case("plan --out a symlink to a FIFO", PLAN + ["--out", "{d}/l.json"], 1, ["--out", "FIFO"], fifos=("f",),
             symlinks={"l.json": "f"}))

    def mode_is(name, mode):
        return lambda d: None if stat.S_IMODE(os.stat(os.path.join(d, name)).st_mode) == mode else \
            f"{name} has mode {oct(stat.S_IMODE(os.stat(os.path.join(d, name)).st_mode))}, expected {oct(mode)}"
    add(Case("plan --out an existing 0640 file keeps its mode", PLAN + ["--out", "{d}/o.json"], 0, [],
             files={"o.json": "old"}, writes=["o.json"], check=mode_is("o.json", 0o640)))
    add(Case("plan --out a new file is 0644 (umask 022)", PLAN + ["--out", "{d}/n.json"], 0, [], writes=["n.json"],
             check=mode_is("n.json", 0o644)))
    add(Case("plan --out through a symlink replaces its target", PLAN + ["--out", "{d}/l.json"], 0, [],
             files={"t.json": "old"}, symlinks={"l.json": "t.json"}, writes=["t.json"],
             check=lambda d: None if os.path.islink(os.path.join(d, "l.json")) else "the symlink was replaced"))
    # --- validate / calibrate --------------------------------------------------------
    add(Case("validate --cases a directory", ["validate", "--no-cv", "--cases", "{d}/c"], 1, ["is a directory"], dirs=("c",)))
    add(Case("validate --cases a FIFO", ["validate", "--no-cv", "--cases", "{d}/c.csv"], 1, ["FIFO"], fifos=("c.csv",)))
    add(Case("validate --cases /dev/zero", ["validate", "--no-cv", "--cases", "/dev/zero"], 1, ["device"]))
    add(Case("validate --cases missing", ["validate", "--no-cv", "--cases", "{d}/none.csv"], 1, ["none.csv"]))
    add(Case("validate --cases empty", ["validate", "--no-cv", "--cases", "{d}/c.csv"], 1, ["c.csv"], files={"c.csv": ""}))
    add(Case("validate --cases one huge quoted field", ["validate", "--no-cv", "--cases", "{d}/c.csv"], 1, ["c.csv"],
             files={"c.csv": 'id,tier\n"' + "x" * 1000000}))
    add(Case("validate --cases over the size cap", ["validate", "--no-cv", "--cases", "{d}/c.csv"], 1, ["larger than"],
             files={"c.csv": "x" * (20 * 1024 * 1024)}))
    add(Case("calibrate --engines a FIFO", ["calibrate", "--engines", "{d}/e.json"], 1, ["--engines", "FIFO"], fifos=("e.json",)))
    add(Case("calibrate --engines a directory", ["calibrate", "--engines", "{d}/e"], 1, ["--engines", "is a directory"],
             dirs=("e",)))
    add(Case("calibrate --engines nested", ["calibrate", "--engines", "{d}/e.json"], 1, ["--engines", "deep"],
             files={"e.json": nested}))
    add(Case("calibrate --cases a FIFO", ["calibrate", "--dry-run", "--cases", "{d}/c.csv"], 1, ["FIFO"], fifos=("c.csv",)))
    engines = open(os.path.join(ROOT, "resources", "catalog", "engines.json"), encoding="utf-8").read()
    add(Case("calibrate keeps engines.json 0644", ["calibrate", "--engines", "{d}/e.json"], 0, [],
             files={"e.json": engines}, writes=["e.json"], check=mode_is("e.json", 0o644)))
    add(Case("catalog unknown kind with ANSI", ["catalog", "dev\x1b[31m"], 2, ["unknown kind", "\\x1b"]))
    return out


def snapshot(d):
    state = {}
    for dirpath, dirnames, filenames in os.walk(d, followlinks=False):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            entry = (stat.S_IFMT(st.st_mode), stat.S_IMODE(st.st_mode), st.st_size)
            if stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    entry += (hashlib.sha256(f.read()).hexdigest(),)
            elif stat.S_ISLNK(st.st_mode):
                entry += (os.readlink(p),)
            state[os.path.relpath(p, d)] = entry
    return state


ADDRESS_SPACE_LIMIT = None  # bytes; --address-space-gib, for running builds that still run away


def _limit_address_space():
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_LIMIT, ADDRESS_SPACE_LIMIT))


def run_case(cli, case):
    with tempfile.TemporaryDirectory(prefix="deepplan-hostile-") as d:
        for name in case.dirs:
            os.makedirs(os.path.join(d, name), exist_ok=True)
        for name, content in case.files.items():
            mode = "wb" if isinstance(content, bytes) else "w"
            with open(os.path.join(d, name), mode) as f:
                f.write(content)
        for name in case.fifos:
            os.mkfifo(os.path.join(d, name))
        for name, target in case.symlinks.items():
            os.symlink(target, os.path.join(d, name))
        if case.label.startswith("plan --out an existing 0640"):
            os.chmod(os.path.join(d, "o.json"), 0o640)
        before = snapshot(d)
        # Paths relative to the scratch directory (the working directory), so messages read the same every run.
        args = [a.replace("{d}/", "").replace("{d}", ".") for a in case.args]
        start = time.monotonic()
        old_umask = os.umask(0o022)
        proc = subprocess.Popen([cli] + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=d,
                                env=dict(os.environ, LC_ALL="C"),
                                preexec_fn=_limit_address_space if ADDRESS_SPACE_LIMIT else None)
        os.umask(old_umask)
        problems = []
        stderr = b""
        try:
            _, stderr = proc.communicate(timeout=TIME_LIMIT_S)
        except subprocess.TimeoutExpired:
            proc.kill()
            _, stderr = proc.communicate()
            problems.append(f"hang: still running after {TIME_LIMIT_S:.0f} s")
        elapsed = time.monotonic() - start
        # ru_maxrss of the child just reaped (the largest of all children so far, so
        # reported per case by starting each in order; the limit holds for all).
        rss_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        code = proc.returncode
        err = stderr.decode("utf-8", "replace")
        if code is not None and code < 0:
            problems.append(f"crash: killed by signal {signal.Signals(-code).name}")
        elif code != case.code:
            problems.append(f"exit code {code}, expected {case.code}")
        for part in case.parts:
            if part not in err:
                problems.append(f"stderr lacks {part!r}")
        if case.code != 0 and not err.strip():
            problems.append("no message")
        if len(stderr) > 2000:
            problems.append(f"{len(stderr)} bytes of stderr")
        if any(ch < 0x20 and ch not in (0x0a,) for ch in stderr):
            problems.append("control characters on stderr")
        if "internal error" in err or "Success" in err:
            problems.append("untrue message")
        after = snapshot(d)
        for name in sorted(set(before) | set(after)):
            if name in case.writes:
                continue
            if before.get(name) != after.get(name):
                problems.append(f"{name} was {'created' if name not in before else 'changed or removed'}")
        if case.check and not problems:
            extra = case.check(d)
            if extra:
                problems.append(extra)
        return problems, code, elapsed, rss_kb, err.strip().splitlines()[0] if err.strip() else ""


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=os.path.join(ROOT, "build-test", "app", "cli", "deepplan-cli"))
    ap.add_argument("--markdown", action="store_true", help="print the table for docs/HOSTILE-INPUTS.md")
    ap.add_argument("--address-space-gib", type=float, default=0,
                    help="cap each run's address space (not for ASan builds); for measuring an older build "
                         "whose runaway cases would otherwise take the machine")
    ns = ap.parse_args()
    ns.cli = os.path.abspath(ns.cli)
    global ADDRESS_SPACE_LIMIT
    if ns.address_space_gib > 0:
        ADDRESS_SPACE_LIMIT = int(ns.address_space_gib * (1 << 30))
    if not os.access(ns.cli, os.X_OK):
        print(f"hostile_inputs: {ns.cli} is not a built deepplan-cli (build the deepplan-cli target)", file=sys.stderr)
        return 2
    env_dir = os.path.join(ROOT, "resources")
    os.environ.setdefault("DEEPPLAN_RESOURCES", env_dir)
    all_cases = cases()
    failed = 0
    worst_time = 0.0
    rows = []
    for c in all_cases:
        problems, code, elapsed, rss_kb, first = run_case(ns.cli, c)
        worst_time = max(worst_time, elapsed)
        if rss_kb > MEMORY_LIMIT_KB:
            problems.append(f"{rss_kb // 1024} MiB resident")
        ok = not problems
        failed += 0 if ok else 1
        rows.append((c.label, code, elapsed, first, problems))
        if not ns.markdown:
            mark = "ok  " if ok else "FAIL"
            print(f"{mark} {c.label[:70]:70s} exit {code}  {elapsed:5.2f} s" + ("" if ok else "  " + "; ".join(problems)))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    summary = (f"{len(all_cases) - failed} of {len(all_cases)} hostile inputs handled "
               f"(slowest {worst_time:.2f} s, peak resident memory {peak} MiB)")
    if ns.markdown:
        print("| # | input | exit | time (s) | first line of the message |")
        print("|---|---|---|---|---|")
        for i, (label, code, elapsed, first, problems) in enumerate(rows, 1):
            msg = first.replace("|", "\\|")
            if len(msg) > 110:
                msg = msg[:107] + "..."
            status = "" if not problems else " **FAIL: " + "; ".join(problems) + "**"
            print(f"| {i} | {label.replace('|', '/')} | {code} | {elapsed:.2f} | `{msg}`{status} |")
        print()
    print(summary)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
