"""The process's objects from start-up are frozen out of garbage collection; garbage is not."""

import gc
import weakref

from directory_app.memory import freeze_start_up_objects


class _Node:
    pass


def _cycle():
    node = _Node()
    node.me = node
    return weakref.ref(node)


def test_garbage_is_collected_before_the_freeze_and_after_it():
    before = _cycle()
    try:
        freeze_start_up_objects()
        assert before() is None            # collected, not frozen
        assert gc.get_freeze_count() > 0   # the living objects are
        after = _cycle()
        gc.collect()
        assert after() is None             # what is made later is collected as ever
    finally:
        gc.unfreeze()
