#!/usr/bin/env python
"""A small Procfile supervisor for ``make run``: start every line, restart what crashes, stop everything on a signal.

Why not honcho: it stops the whole stack when one process exits (a crashed worker takes Daphne down with it),
has no restart, and its children survive a SIGKILL of honcho itself. Why not supervisord or circus: both
want their own configuration and a daemon (circus also ZeroMQ), which ``make run`` on a fresh machine should
not need, and neither reads a Procfile. What is needed is small and stdlib-only:

- every Procfile line ``name: command`` runs as ``sh -c command`` (so ``$PORT`` expands and any line works,
  e.g. ``ingest: nginx -c .run/nginx.conf -g 'daemon off;'``), in a process group of its own, with the kernel
  asked to SIGTERM it if this supervisor dies (``PR_SET_PDEATHSIG``; a simple command is ``exec``-ed so the
  program itself gets it);
- a process that exits while the stack is up is restarted (after 1 s, doubling to 30 s while it keeps
  crashing within 30 s of its start); what is left of its process group (e.g. a worker's pool children) is
  killed first;
- SIGTERM, SIGINT or SIGHUP stops every group with SIGTERM, then SIGKILL after ``SUPERVISOR_STOP_TIMEOUT``
  seconds (default 8), and returns;
- the process groups are recorded in ``.run/supervisor.pids``; a supervisor that was itself SIGKILLed leaves
  that file behind, and the next start stops what is still alive of those groups before starting anything.

Output of each process is printed with its name, as honcho did.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PR_SET_PDEATHSIG = 1
RESTART_MIN, RESTART_MAX, STABLE_AFTER = 1.0, 30.0, 30.0
_LINE = re.compile(r"^([A-Za-z0-9_-]+):\s*(.+)$")
_COLOURS = [36, 33, 32, 35, 34, 31]


def parse_procfile(text: str) -> list[tuple[str, str]]:
    entries = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LINE.match(line)
        if not match:
            raise ValueError(f"not a Procfile line: {raw!r}")
        entries.append((match.group(1), match.group(2)))
    return entries


def _is_simple(command: str) -> bool:
    """No shell operator outside quotes: the command may replace the shell (``exec``)."""
    lexer = shlex.shlex(command, posix=True, punctuation_chars=True)
    try:
        return not any(token and set(token) <= set("();<>|&") for token in lexer)
    except ValueError:
        return False


try:  # loaded here, not in the forked child (loading a library after fork may deadlock on the loader's lock)
    _LIBC = ctypes.CDLL("libc.so.6", use_errno=True)
except OSError:  # not Linux: the pid file covers the next start instead
    _LIBC = None


def die_with_parent() -> None:
    """In the child before exec: the kernel sends SIGTERM when the parent's thread dies, however it dies."""
    if _LIBC is not None:
        _LIBC.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def _start_time(pid: int) -> str | None:
    """The process's start time in clock ticks since boot (field 22 of /proc/PID/stat), to tell a reused pid.

    ``None`` when there is no such process, or only its zombie: a runner killed with -9 can leave its children
    unreaped where nothing reaps orphans (a container without an init), and a zombie needs no stopping."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = stat.rsplit(")", 1)[1].split()
    return None if fields[0] == "Z" else fields[19]


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False
    except PermissionError:
        return True


def stop_groups(pgids: list[int], timeout: float, reap=lambda: None) -> list[int]:
    """SIGTERM each process group, wait up to ``timeout`` s for all to go, then SIGKILL what is left (returned).

    ``reap`` collects our own exited children, which would otherwise stay in their groups as zombies.
    """
    for pgid in pgids:
        try:
            os.killpg(pgid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        reap()
        if not any(_group_alive(pgid) for pgid in pgids):
            break
        time.sleep(0.05)
    reap()
    stubborn = [pgid for pgid in pgids if _group_alive(pgid)]
    for pgid in stubborn:
        try:
            os.killpg(pgid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return stubborn


@dataclass
class Child:
    name: str
    command: str
    colour: int
    process: subprocess.Popen | None = None
    started: float = 0.0
    backoff: float = RESTART_MIN
    restart_at: float | None = None
    restarts: int = 0
    pump: threading.Thread | None = field(default=None, repr=False)


class Supervisor:
    def __init__(
        self,
        entries: list[tuple[str, str]],
        *,
        env: dict[str, str],
        cwd: Path,
        run_dir: Path,
        stop_timeout: float = 8.0,
        out=None,
    ) -> None:
        self.children = [
            Child(name, command, _COLOURS[i % len(_COLOURS)]) for i, (name, command) in enumerate(entries)
        ]
        self.env, self.cwd, self.run_dir, self.stop_timeout = env, cwd, run_dir, stop_timeout
        self.out = out or sys.stdout
        self.width = max((len(name) for name, _ in entries), default=4)
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.pid_file = run_dir / "supervisor.pids"

    # output ---------------------------------------------------------------------------------------------
    def say(self, name: str, text: str, colour: int = 0) -> None:
        stamp = time.strftime("%H:%M:%S")
        prefix = f"{stamp} {name:<{self.width}} | "
        if colour and self.out.isatty():
            prefix = f"\033[{colour}m{prefix}\033[0m"
        with self.lock:
            self.out.write(prefix + text.rstrip("\n") + "\n")
            self.out.flush()

    def _pump(self, child: Child, stream) -> None:
        for raw in iter(stream.readline, b""):
            self.say(child.name, raw.decode("utf-8", "replace"), child.colour)
        stream.close()

    # processes ------------------------------------------------------------------------------------------
    def _spawn(self, child: Child) -> None:
        command = f"exec {child.command}" if _is_simple(child.command) else child.command
        child.process = subprocess.Popen(
            ["/bin/sh", "-c", command],
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            preexec_fn=die_with_parent,
        )
        child.started = time.monotonic()
        child.restart_at = None
        child.pump = threading.Thread(target=self._pump, args=(child, child.process.stdout), daemon=True)
        child.pump.start()
        self.say("system", f"{child.name} started (pid {child.process.pid}): {child.command}")
        self._record()

    def _record(self) -> None:
        groups = [
            {"name": c.name, "pgid": c.process.pid, "start": _start_time(c.process.pid)}
            for c in self.children
            if c.process is not None and c.process.poll() is None
        ]
        tmp = self.pid_file.with_suffix(".tmp")
        tmp.write_text(json.dumps({"supervisor": os.getpid(), "groups": groups}))
        tmp.replace(self.pid_file)

    def clean_leftovers(self) -> None:
        """Stop the process groups a SIGKILLed predecessor left running (only those it recorded, same start time)."""
        try:
            recorded = json.loads(self.pid_file.read_text())
        except (OSError, ValueError):
            return
        leftover = [
            g["pgid"]
            for g in recorded.get("groups", [])
            if g.get("start") and _start_time(g["pgid"]) == g["start"]
        ]
        if leftover:
            self.say(
                "system", f"stopping {len(leftover)} process group(s) left by an earlier run: {leftover}"
            )
            stop_groups(leftover, self.stop_timeout)
        self.pid_file.unlink(missing_ok=True)

    def _reap(self, child: Child, now: float) -> None:
        code = child.process.returncode
        pgid = child.process.pid
        try:
            os.killpg(
                pgid, signal.SIGKILL
            )  # what the dead leader left behind (pool children, a shell's child)
        except ProcessLookupError:
            pass
        child.backoff = (
            RESTART_MIN if now - child.started > STABLE_AFTER else min(child.backoff * 2, RESTART_MAX)
        )
        child.restart_at = now + child.backoff
        child.process = None
        self._record()
        self.say("system", f"{child.name} exited with code {code}; restarting in {child.backoff:.0f} s")

    def run(self) -> int:
        """Start everything and supervise until a signal asks to stop; then stop everything. Returns 0."""
        self.run_dir.mkdir(parents=True, exist_ok=True)
        self.clean_leftovers()
        for number in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(number, self._on_signal)
        for child in self.children:
            self._spawn(child)
        while not self.stopping.is_set():
            now = time.monotonic()
            for child in self.children:
                if (
                    child.process is not None
                    and child.process.poll() is not None
                    and not self.stopping.is_set()
                ):
                    self._reap(child, now)
                elif (
                    child.process is None
                    and child.restart_at is not None
                    and now >= child.restart_at
                    and not self.stopping.is_set()
                ):
                    child.restarts += 1
                    self._spawn(child)
            self.stopping.wait(0.2)
        return self.stop()

    def _on_signal(self, number, frame) -> None:
        if not self.stopping.is_set():
            self.say("system", f"{signal.Signals(number).name} received: stopping every process")
        self.stopping.set()

    def stop(self) -> int:
        started = time.monotonic()
        names = {c.process.pid: c.name for c in self.children if c.process is not None}
        children = [c.process for c in self.children if c.process is not None]
        stubborn = stop_groups(list(names), self.stop_timeout, reap=lambda: [p.poll() for p in children])
        if stubborn:
            self.say(
                "system", f"killed after {self.stop_timeout:.0f} s: {', '.join(names[p] for p in stubborn)}"
            )
        for child in self.children:
            if child.process is not None:
                child.process.wait()
        self.pid_file.unlink(missing_ok=True)
        self.say("system", f"all processes stopped in {time.monotonic() - started:.1f} s")
        return 0


def main(argv: list[str] | None = None) -> int:
    """``supervise.py [-f Procfile]``: run the Procfile in the current directory with this environment."""
    argv = list(sys.argv[1:] if argv is None else argv)
    procfile = Path(argv[argv.index("-f") + 1]) if "-f" in argv else Path("Procfile")
    entries = parse_procfile(procfile.read_text(encoding="utf-8"))
    cwd = Path.cwd()
    run_dir = Path(os.environ.get("SUPERVISOR_RUN_DIR") or cwd / ".run")
    supervisor = Supervisor(
        entries,
        env=dict(os.environ),
        cwd=cwd,
        run_dir=run_dir,
        stop_timeout=float(os.environ.get("SUPERVISOR_STOP_TIMEOUT", "8")),
    )
    return supervisor.run()


if __name__ == "__main__":
    sys.exit(main())
