"""How the benchmark measures one command: a fresh process, its wall time and peak memory.

Memory is sampled from ``/proc`` (the process and all its descendants together, and the
process alone) and read from the kernel's ``ru_maxrss`` when the process ends.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Measured:
    """One command run in a fresh process."""

    seconds: float
    peak_rss: int  # bytes, the process and its descendants together (sampled)
    max_rss: int  # bytes, the largest single process (from the kernel)
    returncode: int
    stdout: str
    stderr: str
    #: bytes, the command's own process alone (sampled; its children left out)
    peak_own: int = 0


def _children() -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii", errors="replace") as f:
                stat = f.read()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        out.setdefault(ppid, []).append(int(entry.name))
    return out


def own_rss(pid: int) -> int:
    """Resident memory of ``pid`` alone, in bytes (0 when gone, or off Linux)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes (0 off Linux)."""
    if not os.path.isdir("/proc"):
        return 0
    children = _children()
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo += children.get(p, [])
        try:
            with open(f"/proc/{p}/status", encoding="ascii") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


def measure(cmd: list[str], cwd: Path | None = None, interval: float = 0.05) -> Measured:
    """Run ``cmd``; its wall time, peak memory (sampled every ``interval`` s) and output."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err, text=True)
        peak = own = 0
        done = threading.Event()

        def sample() -> None:
            nonlocal peak, own
            while not done.is_set():
                peak = max(peak, tree_rss(proc.pid))
                own = max(own, own_rss(proc.pid))
                done.wait(interval)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        max_rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
        return Measured(seconds, peak, max_rss, proc.returncode, out.read(), err.read(), own)


def check(m: Measured, what: str) -> Measured:
    """``m``, or exit naming ``what`` and its output when it failed."""
    if m.returncode != 0:
        raise SystemExit(f"{what} failed ({m.returncode}):\n{m.stdout}\n{m.stderr}")
    return m


def mib(n: int) -> str:
    """``n`` bytes in MiB, for the report."""
    return f"{n / 2**20:,.0f} MiB"
