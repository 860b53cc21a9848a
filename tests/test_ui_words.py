"""Texts found by walking every dialog in Russian and English: codes shown instead of words,
buttons narrower than their labels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from directory_app.ui.editors.merge_dialog import MergeDialog
from directory_app.ui.first_start import FirstStartDialog
from directory_app.ui.translations import install_translators, remove_translators
from tests.test_editors import _collect_widgets  # noqa: F401 - frees closed dialogs after each test


@pytest.fixture
def russian(qapp):
    translators = install_translators(qapp, "ru")
    yield
    remove_translators(qapp, translators)


def test_merge_tooltips_name_kinds_in_words(qtbot, sample, entries):
    dialog = MergeDialog(entries, QUndoStack(), sample["ai-russia"], sample["rapid-reaction"])
    qtbot.addWidget(dialog)
    tips = {button.toolTip() for button in dialog.choices["kind"]}
    assert tips == {"NGO", "Resource centre"}


def test_merge_tooltips_name_kinds_in_russian(qtbot, russian, sample, entries):
    dialog = MergeDialog(entries, QUndoStack(), sample["ai-russia"], sample["rapid-reaction"])
    qtbot.addWidget(dialog)
    assert {button.toolTip() for button in dialog.choices["kind"]} == {"НКО", "Ресурсный центр"}


@pytest.mark.parametrize("language", ["en", "ru"])
def test_first_start_buttons_show_their_whole_labels(qtbot, qapp, language):
    translators = install_translators(qapp, language)
    try:
        dialog = FirstStartDialog(True)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for button in (dialog.sample_button, dialog.import_button, dialog.empty_button):
            assert button.width() >= button.sizeHint().width(), button.text()
    finally:
        remove_translators(qapp, translators)
