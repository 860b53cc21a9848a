"""Long work off the GUI thread: progress, result, failure in words, and Cancel."""

from __future__ import annotations

import gc
import threading

import pytest

from directory_app.ui import worker
from directory_app.ui.worker import KeptThread, TaskRunner


@pytest.fixture
def runner(qapp):
    r = TaskRunner()
    yield r
    r.wait(5000)


def test_work_runs_off_the_gui_thread_and_reports(qtbot, runner):
    main = threading.get_ident()
    progress = []

    def work(report, cancelled):
        for i in range(1, 4):
            report(i, 3)
        return threading.get_ident()

    results = []
    runner.start(work, progress=lambda done, total: progress.append((done, total)),
                 finished=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] != main
    qtbot.waitUntil(lambda: progress == [(1, 3), (2, 3), (3, 3)])
    qtbot.waitUntil(lambda: runner.running == 0)


def test_failure_is_reported_in_words(qtbot, runner):
    def work(report, cancelled):
        raise ValueError("row 3: the e-mail address has no @")

    messages = []
    runner.start(work, failed=messages.append)
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["row 3: the e-mail address has no @"]


def test_cancel_stops_the_work(qtbot, runner):
    started = threading.Event()
    steps = []

    def work(report, cancelled):
        started.set()
        while not cancelled():
            steps.append(1)
            threading.Event().wait(0.001)
        return "stopped"

    outcome = []
    task = runner.start(work, cancelled=lambda: outcome.append("cancelled"),
                        finished=outcome.append)
    started.wait(5)
    task.cancel()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and steps


def test_progress_dialog_cancel_button_cancels(qtbot, runner):
    from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(report, cancelled):
        report(1, 10)
        release.wait(5)
        return None if cancelled() else "done"

    outcome = []
    task = runner.run_with_progress(parent, "Importing…", work,
                                    cancelled=lambda: outcome.append("cancelled"),
                                    finished=outcome.append)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    dialog.findChild(QPushButton).click()  # the dialog's Cancel button
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"] and task.is_cancelled


def test_work_ending_after_its_listeners_are_gone_says_nothing(qapp, capfd):
    """The window closed (its signals deleted) while the work ran: no traceback on the console."""
    import shiboken6

    from directory_app.ui.worker import Task

    def work(progress, cancelled):
        shiboken6.delete(task.signals)
        progress(1, 2)
        return 42

    task = Task(work)
    task.run()
    assert not shiboken6.isValid(task.signals)
    assert "Traceback" not in capfd.readouterr().err


def test_a_running_thread_outlives_the_last_reference_to_it(qtbot):
    """A window that drops its worker thread while it runs (closed, or replaced by a newer one)
    must not take the process down when Python collects the thread object."""
    started, release, ended = threading.Event(), threading.Event(), threading.Event()

    class Slow(KeptThread):
        def run(self):
            started.set()
            release.wait(5)
            ended.set()

    thread = Slow()
    thread.start()
    assert started.wait(5)
    del thread
    gc.collect()                      # without the keeping, this destroys a running QThread
    release.set()
    qtbot.waitUntil(ended.is_set, timeout=5000)
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=5000)
