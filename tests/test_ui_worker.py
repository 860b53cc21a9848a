"""Long work off the GUI thread: progress, result, failure in words, and Cancel."""

from __future__ import annotations

import threading

import pytest

from directory_app.ui.worker import TaskRunner


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

    task = runner.start(work)
    task.signals.progress.connect(lambda done, total: progress.append((done, total)))
    with qtbot.waitSignal(task.signals.finished, timeout=5000) as blocker:
        pass
    assert blocker.args[0] != main
    qtbot.waitUntil(lambda: progress == [(1, 3), (2, 3), (3, 3)])
    qtbot.waitUntil(lambda: runner.running == 0)


def test_failure_is_reported_in_words(qtbot, runner):
    def work(report, cancelled):
        raise ValueError("row 3: the e-mail address has no @")

    task = runner.start(work)
    with qtbot.waitSignal(task.signals.failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["row 3: the e-mail address has no @"]


def test_cancel_stops_the_work(qtbot, runner):
    started = threading.Event()
    steps = []

    def work(report, cancelled):
        started.set()
        while not cancelled():
            steps.append(1)
            threading.Event().wait(0.001)
        return "stopped"

    task = runner.start(work)
    started.wait(5)
    with qtbot.waitSignal(task.signals.cancelled, timeout=5000):
        task.cancel()
    assert task.is_cancelled


def test_progress_dialog_cancel_button_cancels(qtbot, runner):
    from PySide6.QtWidgets import QProgressDialog, QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    release = threading.Event()

    def work(report, cancelled):
        report(1, 10)
        release.wait(5)
        return None if cancelled() else "done"

    task = runner.run_with_progress(parent, "Importing…", work)
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None
    dialog.cancel()
    release.set()
    with qtbot.waitSignal(task.signals.done, timeout=5000):
        pass
    assert task.is_cancelled
