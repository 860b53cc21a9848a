"""Reading a large vCard file in a child process while the import pipeline consumes it.

Parsing and mapping cards to `Record`s is about a third of an import's time, and the rest
(matching, rows, change log, search index) needs the parent's connection. On a machine with
two cores or more, when the load average leaves one free, a child process reads the file
and sends its records in pickled batches through a pipe; the parent unpickles them (a fifth
of what reading them costs) and imports, so both run at once. The pipe holds a megabyte
(about 1,400 records): the child waits while it is full, so memory stays bounded.

The records, their order and positions are those of the in-process path (the child runs the
same generator). If the child fails in any way (an exception, a crash, a kill) the parent
reads the rest of the file in process, from the first record it has not had, so that any
error is the one the in-process path gives and nothing is lost or repeated. Closing the
generator (a cancelled import) terminates the child.
"""

from __future__ import annotations

import gc
import os
import pickle
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from directory_app.exchange.export_parts import start_forked
from directory_app.exchange.records import Record

# Below these the child's start (a fork: milliseconds; a spawn: a new interpreter) and the
# pickling would cost more than reading in process saves.
MIN_BYTES = 1024 * 1024
BATCH = 50
PIPE_BYTES = 1024 * 1024
# How far above "all cores but one busy" the load average may be (it lags, and counts runnable
# processes that may be about to sleep).
LOAD_MARGIN = 0.25
# No batch for this long: the child is stuck. Parsing a batch takes milliseconds; a card with
# a photo of many megabytes, a second or two.
STALL_SECONDS = 60.0
# "0": always read in process (for comparisons, or where a child cannot start); "force": in a
# child whatever the load (for tests and benchmarks).
ENV_SWITCH = "NGO_DIRECTORY_PARALLEL_READ"

ReadCards = Callable[[str, str], Iterator[list[Record]]]


def worth_a_child(path: Path) -> bool:
    """True when `path` is big enough, and the machine able, to read it in a child process."""
    switch = os.environ.get(ENV_SWITCH, "1")
    if switch == "0" or (switch != "force" and not _a_core_is_free()):
        return False
    if getattr(sys, "frozen", False) and _start_method() != "fork":
        # A frozen app can spawn only through multiprocessing.freeze_support() in its entry
        # script; reading in process is always correct, so do not depend on it.
        return False
    try:
        return path.stat().st_size >= MIN_BYTES
    except OSError:
        return False


def read_in_child(path: Path, source: str, read_cards: ReadCards) -> Iterator[Record]:
    """The records of `read_cards(path, source)`, which yields each card's records, read in a
    child process; returns the number of cards (as `yield from`'s value).

    `read_cards` must be a module-level function (the spawn start method pickles it)."""
    try:
        import multiprocessing

        context = multiprocessing.get_context(_start_method())
        receiver, sender = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(str(path), source, read_cards, sender),
                                daemon=True, name="vcard-reader")
        start_forked(child)
    except Exception:   # no multiprocessing here (a sandbox, a frozen app without it)
        return (yield from _in_process(path, source, read_cards, skip=0))
    sender.close()
    _widen(receiver)
    delivered = 0
    try:
        while True:
            try:
                # A child that says nothing for STALL_SECONDS is stuck (a fork can inherit a
                # lock another thread held): it is given up like one that failed.
                if not receiver.poll(STALL_SECONDS):
                    raise EOFError
                kind, payload = _unpickle(receiver.recv_bytes())
            except (EOFError, OSError, pickle.UnpicklingError):
                kind, payload = "failed", None
            if kind == "batch":
                for records in payload:
                    delivered += 1
                    yield from records
            elif kind == "done":
                return payload
            else:
                break
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join()
    # The child failed: read on in process from the first card the parent has not had.
    return (yield from _in_process(path, source, read_cards, skip=delivered))


def _in_process(path: Path, source: str, read_cards: ReadCards, skip: int
                ) -> Iterator[Record]:
    cards = 0
    for records in read_cards(str(path), source):
        cards += 1
        if cards > skip:
            yield from records
    return cards


def _child(path: str, source: str, read_cards: ReadCards, sender) -> None:
    """The child process: batches of cards' records, then ("done", number of cards)."""
    cards = 0
    batch: list[list[Record]] = []
    try:
        for records in read_cards(path, source):
            cards += 1
            batch.append(records)
            if len(batch) >= BATCH:
                sender.send_bytes(pickle.dumps(("batch", batch), pickle.HIGHEST_PROTOCOL))
                batch = []
        if batch:
            sender.send_bytes(pickle.dumps(("batch", batch), pickle.HIGHEST_PROTOCOL))
        sender.send_bytes(pickle.dumps(("done", cards), pickle.HIGHEST_PROTOCOL))
    except BrokenPipeError:   # the parent stopped reading (cancelled): nothing to say
        pass
    except BaseException as exc:   # noqa: BLE001 - the parent re-reads in process and reports
        try:
            sender.send_bytes(pickle.dumps(("failed", repr(exc)), pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass
    finally:
        sender.close()


def _a_core_is_free() -> bool:
    """True when another core is probably idle (the last minute's load average leaves one).

    With every core busy the child only takes turns with the parent, and the pickling makes
    the import slower than reading in process: 5.0 s instead of 3.4 s for 20,000 cards on two
    cores with one other busy process, against 2.6 s instead of 3.5 s with a core free."""
    cores = os.cpu_count() or 1
    if cores < 2:
        return False
    try:
        load = os.getloadavg()[0]
    except (AttributeError, OSError):     # Windows: no load average; assume a free core
        return True
    return load <= cores - 1 + LOAD_MARGIN


def _unpickle(data: bytes):
    """`pickle.loads` with the cyclic garbage collector paused: a batch is thousands of new
    containers at once, and collections of the parent's large heap meanwhile made unpickling
    four times slower (0.9 s instead of 0.24 s for 20,000 cards). Nothing is deferred for
    long: the collector runs again as soon as it is enabled."""
    if not gc.isenabled():
        return pickle.loads(data)
    gc.disable()
    try:
        return pickle.loads(data)
    finally:
        gc.enable()


def _widen(receiver) -> None:
    """Let the child run up to a megabyte (about 1,500 records) ahead of the parent on Linux,
    so that a busy moment of either side does not stall the other (a pipe holds 64 KB)."""
    try:
        import fcntl

        fcntl.fcntl(receiver.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), PIPE_BYTES)
    except (ImportError, OSError, ValueError):
        pass


def _start_method() -> str:
    """Fork on Linux (cheap, and nothing is re-imported); spawn elsewhere: macOS's frameworks
    and Windows do not survive or have fork."""
    return "fork" if sys.platform.startswith("linux") else "spawn"
