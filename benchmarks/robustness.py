"""The hostile suite, counted; and the endpoint under load and runaway queries, measured.

    python benchmarks/robustness.py              # runs `pytest -m hostile`: cases tried, passed, and the rest
    python benchmarks/robustness.py --endpoint   # 200 queries from 20 threads (cold, warm); CPU after runaways

The suite's counts are test cases (each parametrised case counts; a property test counts once however
many examples it tried). The endpoint figures come from a real `graphbuild serve` over the endpoint
tests' two articles on 127.0.0.1; the CPU is the server's own and its workers', read from /proc via psutil.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "tests" / "robustness")]


def hostile_suite(extra: list[str]) -> int:
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.xml"
        subprocess.run([sys.executable, "-m", "pytest", "-m", "hostile", "-q", "-p", "no:cacheprovider",
                        f"--junitxml={report}", *extra], cwd=ROOT)
        cases = ET.parse(report).getroot().iter("testcase")
        rows = []
        for case in cases:
            name = f"{case.get('classname')}::{case.get('name')}"
            outcome, detail = "passed", ""
            for child in case:
                if child.tag in {"failure", "error"}:
                    outcome, detail = child.tag, (child.get("message") or "")[:160]
                elif child.tag == "skipped":
                    known = (child.get("type") or "") == "pytest.xfail"
                    outcome, detail = ("known miss" if known else "skipped"), (child.get("message") or "")[:160]
            rows.append((name, outcome, detail))
    tried = [r for r in rows if r[1] != "skipped"]
    passed = [r for r in tried if r[1] == "passed"]
    print(f"\nhostile and broken cases tried: {len(tried)}, passed: {len(passed)}, "
          f"known misses (xfail): {sum(r[1] == 'known miss' for r in tried)}, "
          f"failed: {sum(r[1] in {'failure', 'error'} for r in tried)}, skipped: {len(rows) - len(tried)}")
    for name, outcome, detail in rows:
        if outcome != "passed":
            print(f"  {outcome:<10} {name}  {detail}")
    return 1 if any(r[1] in {"failure", "error"} for r in rows) else 0


def endpoint_figures() -> None:
    import graphbuild
    from served import ARTICLES, ask, serving, tree_cpu
    from test_endpoint import RUNAWAY, _burst

    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "two.trig"  # the endpoint tests' two articles, whose answers the checks know
        graphbuild.build(ARTICLES).serialize(graph)
        with serving(graph, log=Path(folder) / "a.log") as server:
            started = time.monotonic()
            cold = _burst(server.port)
            cold_s = time.monotonic() - started
            started = time.monotonic()
            warm = _burst(server.port)
            warm_s = time.monotonic() - started
            print(f"200 queries from 20 threads: cold {len(cold)} failed ({cold_s:.1f} s), "
                  f"warm {len(warm)} failed ({warm_s:.1f} s); server up: {server.poll() is None}")
            for line in (cold + warm)[:5]:
                print("  ", line)
        timeout = 2.0
        with serving(graph, "--timeout", str(timeout), "--workers", "3", log=Path(folder) / "b.log") as server:
            before = tree_cpu(server.pid)
            sent = time.monotonic()
            with ThreadPoolExecutor(3) as pool:
                statuses = [s for s, _ in pool.map(lambda _: ask(server.port, RUNAWAY, timeout=120), range(3))]
            answered = time.monotonic() - sent
            samples = [(time.monotonic() - sent, tree_cpu(server.pid))]
            while samples[-1][0] < timeout + 8:
                time.sleep(0.25)
                samples.append((time.monotonic() - sent, tree_cpu(server.pid)))
            final = samples[-1][1]
            idle_at = next(t for t, cpu in samples if final - cpu < 0.05)
            print(f"3 runaway queries, --timeout {timeout:g}: answers {statuses} after {answered:.1f} s; "
                  f"CPU used {final - before:.1f} s; CPU idle {idle_at:.1f} s after sending "
                  f"({idle_at / timeout:.2f}x the timeout; limit timeout + 2 = {timeout + 2:g} s)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--endpoint", action="store_true", help="measure the endpoint instead of running the suite")
    args, extra = parser.parse_known_args()
    os.chdir(ROOT)
    if args.endpoint:
        endpoint_figures()
        return 0
    return hostile_suite(extra)


if __name__ == "__main__":
    sys.exit(main())
