"""How the app's process treats Python's garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def freeze_start_up_objects() -> None:
    """Leave the objects alive now (modules, classes, the open window) out of later collections.

    A full collection walks every container object in the process: with SQLAlchemy, PySide6
    and the window loaded, 40-60 ms on the benchmark machine, landing in the middle of whatever
    allocates next, such as a keystroke of a search ("Nizhny Novgor" took 60 ms instead of 15
    in tests/benchmarks/bench_core.py, every run at the same keystroke). What start-up made
    lives as long as the process; frozen (`gc.freeze`), it is no longer walked, and a full
    collection visits only what was made since. Garbage is collected first, so none is kept.
    """
    gc.collect()
    gc.freeze()


def forget_closed_objects() -> None:
    """Collect garbage now, frozen objects included, and freeze again what is still alive.

    A closed directory's engine sits in a reference cycle and holds the passphrase of an
    encrypted file (in its connection factory's closure). Frozen with start-up, it would stay
    in memory for the life of the process; the window calls this once it has let go of a
    directory it closed (another file opened, or the file reopened after the idle lock).
    """
    frozen = gc.get_freeze_count() > 0
    gc.unfreeze()
    gc.collect()
    if frozen:
        gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused for a block of bulk work (an export, the records of
    an import): such work allocates millions of objects and makes no reference cycles (an
    import of 30,000 rows, or of 100,000 cards, left none to collect at its end), and the
    collector's passes over what it keeps alive took a sixth of an export and 1.3 s of an
    import of 100,000 rows. Where the collector was on, it is on again after the block."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
