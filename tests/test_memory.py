"""The process's objects from start-up are frozen out of garbage collection; garbage is not."""

import gc
import weakref

from directory_app.memory import forget_closed_objects, freeze_start_up_objects


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


def test_forgetting_closed_objects_collects_what_was_frozen_and_freezes_the_rest():
    node = _Node()
    node.me = node
    ref = weakref.ref(node)
    alive = _Node()
    alive.me = alive
    try:
        freeze_start_up_objects()
        del node                    # garbage now, but frozen: a collection does not see it
        gc.collect()
        assert ref() is not None
        forget_closed_objects()
        assert ref() is None
        assert gc.get_freeze_count() > 0 and alive.me is alive
    finally:
        gc.unfreeze()


def test_forgetting_without_a_freeze_leaves_nothing_frozen():
    gc.unfreeze()
    forget_closed_objects()
    assert gc.get_freeze_count() == 0
