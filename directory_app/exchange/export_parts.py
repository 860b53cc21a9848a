"""Parts of a large export worked on by forked processes beside the parent's own part.

SQLite does most of an export's work, and it does not get faster in threads of one process:
Python's `sqlite3` module is built with the serialised threading mode and the allocator's
global statistics, and two threads reading two halves of a directory took longer than one
thread reading both (`tests/benchmarks/bench_csv.py`). Processes share nothing, so a child
process reads chunks of the organisations through its own connection and writes their
finished lines into a spill file the parent gave it, while the parent reads others. The
chunks are not shared out in advance: each process takes the next one when it is free
(`Claims`), so a process slowed down (a cold cache, another program on its core) reads fewer
instead of keeping the export waiting for its half.

Only where `fork` is the start method (Linux): the child starts in milliseconds with the
parent's state, and needs no module imported again. A child that fails in any way (an error,
a crash, a kill, silence) is given up and its chunks read again in the parent, so a child can
only make an export faster, never different.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import warnings
from collections.abc import Callable
from typing import Any

# Below this many organisations a child's start and its pickled answer cost more than it saves.
MIN_ENTRIES = 20_000
MAX_PARTS = 4
# A child that has said nothing for this long is stuck (a fork can inherit a lock that another
# thread of the parent held); a chunk of organisations takes well under a second.
STALL_SECONDS = 10.0
# "0": never fork (for comparisons); "force": fork even for small exports (for tests).
ENV_SWITCH = "NGO_DIRECTORY_PARALLEL_EXPORT"


def how_many(entries: int) -> int:
    """Into how many parts (the parent's own included) to split an export of `entries`."""
    switch = os.environ.get(ENV_SWITCH, "1")
    if switch == "0" or not sys.platform.startswith("linux"):
        return 1
    if switch != "force" and entries < MIN_ENTRIES:
        return 1
    return max(1, min(os.cpu_count() or 1, MAX_PARTS, entries))


class Claims:
    """The chunks of an export, numbered 0 to `count` - 1, handed out one at a time to
    whichever process asks first. With `shared`, the counter lives in memory that forked
    children share."""

    def __init__(self, count: int, *, shared: bool):
        self.count = count
        self._next = None
        self._plain = 0
        if shared:
            try:
                self._next = multiprocessing.get_context("fork").Value("i", 0)
            except (OSError, ImportError):   # no shared memory or semaphores (a sandbox)
                pass

    @property
    def shared(self) -> bool:
        """Whether forked children can take chunks too."""
        return self._next is not None

    def claim(self) -> int | None:
        """The next chunk's number, or None when every chunk has been handed out (or the
        counter stayed locked for STALL_SECONDS: a child died holding it)."""
        if self._next is None:
            number, self._plain = self._plain, self._plain + 1
            return number if number < self.count else None
        lock = self._next.get_lock()
        if not lock.acquire(timeout=STALL_SECONDS):
            return None
        try:
            number = self._next.value
            if number >= self.count:
                return None
            self._next.value = number + 1
            return number
        finally:
            lock.release()


class Child:
    """A forked process running `target(*args, report=...)`; `report(n)` sends progress."""

    def __init__(self, target: Callable[..., Any], args: tuple):
        self.done = 0
        self.outcome: tuple[str, Any] | None = None
        self.process = None
        context = multiprocessing.get_context("fork")
        self.receiver, sender = context.Pipe(duplex=False)
        try:
            self.process = context.Process(target=_run, args=(sender, target, args),
                                           daemon=True, name="export-part")
            start_forked(self.process)
        except Exception as exc:   # no process to be had (limits, a sandbox): the parent reads
            self.process = None
            self.outcome = ("failed", repr(exc))
        finally:
            sender.close()

    def poll(self, timeout: float = 0.0) -> bool:
        """Takes the child's messages that have arrived (waiting up to `timeout` for one);
        True once it has ended, with a result or without."""
        try:
            while self.outcome is None and self.receiver.poll(timeout):
                kind, payload = pickle.loads(self.receiver.recv_bytes())
                if kind == "progress":
                    self.done = payload
                else:
                    self.outcome = (kind, payload)
                timeout = 0.0
        except (EOFError, OSError, pickle.UnpicklingError):
            self.outcome = ("failed", "the child process ended without an answer")
        return self.outcome is not None

    def result(self, cancelled: Callable[[], bool] | None = None) -> Any | None:
        """What `target` returned, or None when the child failed, was silent for
        STALL_SECONDS, or the caller cancelled (`cancelled()` is asked a few times a second).
        """
        waited = 0.0
        while not self.poll(0.2):
            waited += 0.2
            if waited >= STALL_SECONDS or (cancelled is not None and cancelled()):
                self.outcome = ("failed", "stopped")
        self.stop()
        kind, payload = self.outcome
        return payload if kind == "done" else None

    def stop(self) -> None:
        self.receiver.close()
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()


def start_forked(process) -> None:
    """`process.start()` for a fork from a process that may run other threads (Qt's, the
    window's workers). Python 3.12 and newer warn that such a fork may deadlock in the child;
    the children here touch nothing those threads hold but SQLite, and a child that hangs is
    given up (STALL_SECONDS) and its work done in the parent, so the warning is not shown."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message=".*multi-threaded.*fork",
                                category=DeprecationWarning)
        process.start()


def _run(sender, target: Callable[..., Any], args: tuple) -> None:
    def report(done: int) -> None:
        sender.send_bytes(pickle.dumps(("progress", done), pickle.HIGHEST_PROTOCOL))

    try:
        outcome = ("done", target(*args, report=report))
    except BaseException as exc:   # noqa: BLE001 - the parent redoes the part and reports
        outcome = ("failed", repr(exc))
    try:
        sender.send_bytes(pickle.dumps(outcome, pickle.HIGHEST_PROTOCOL))
    except (OSError, pickle.PicklingError):
        pass
    finally:
        sender.close()
