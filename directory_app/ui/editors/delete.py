"""Deleting an entry: ask first, saying what goes with it, then delete as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from directory_app.services.entries import Entries
from directory_app.services.impact import (
    DeletionImpact,
    deletion_impact,
    person_deletion_impact,
)
from directory_app.ui.undo import UndoNotifier, run_and_push

translate = QCoreApplication.translate


class DeleteEntry(QObject):
    """The counted lines of the delete question. A QObject of the strings' context, because
    `pyside6-lupdate` gives a string plural forms only in a `self.tr(text, "", n)` call."""

    def impact_lines(self, impact: DeletionImpact) -> list[str]:
        lines = []
        if impact.offices:
            lines.append(self.tr("%n office(s): %1", "", len(impact.offices))
                         .replace("%1", ", ".join(impact.offices)))
        for count, text in (
                (impact.contact_points, lambda n: self.tr("%n contact point(s)", "", n)),
                (impact.affiliations, lambda n: self.tr("%n people's role(s) in it", "", n)),
                (impact.relations, lambda n: self.tr("%n link(s) to other organisations", "",
                                                     n)),
                (impact.other_names, lambda n: self.tr("%n other name(s)", "", n)),
                (impact.publications, lambda n: self.tr("%n publication(s)", "", n))):
            if count:
                lines.append(text(count))
        if impact.people_left_without_organisation:
            lines.append(self.tr("%n person(s) will remain in the directory with no "
                                 "organisation", "", impact.people_left_without_organisation))
        return lines


def impact_lines(impact: DeletionImpact) -> list[str]:
    """What goes with the entry, one translated line per kind of item."""
    return DeleteEntry().impact_lines(impact)


def delete_box(parent: QWidget | None, impact: DeletionImpact) -> QMessageBox:
    """The question, built but not shown (so it can be inspected)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("DeleteEntry", "Delete entry"))
    box.setText(translate("DeleteEntry", "Delete “%1”?").replace("%1", impact.name))
    lines = impact_lines(impact)
    if lines:
        info = translate("DeleteEntry", "This also deletes:") + "\n• " + "\n• ".join(lines)
    else:
        info = translate("DeleteEntry", "Nothing else is attached to this entry.")
    undo_note = translate("DeleteEntry", "You can undo this with Edit › Undo.")
    box.setInformativeText(info + "\n\n" + undo_note)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("DeleteEntry", "Delete"))
    return box


def confirm_delete(parent: QWidget | None, impact: DeletionImpact | None) -> bool:
    """Ask the user; True when they chose Delete."""
    if impact is None:
        return False
    return delete_box(parent, impact).exec() == QMessageBox.StandardButton.Yes


def delete_org(parent: QWidget | None, entries: Entries, stack: QUndoStack, org_id: int, *,
               notifier: UndoNotifier | None = None, ask=confirm_delete) -> bool:
    """Ask, then delete the organisation (with its offices) as one undoable step."""
    impact = deletion_impact(entries.directory, org_id)
    if not ask(parent, impact):
        return False
    text = translate("DeleteEntry", "Delete “%1”").replace("%1", impact.name)
    run_and_push(stack, entries, text,
                 lambda: entries.delete_org(org_id).batch, notifier)
    return True


def delete_person(parent: QWidget | None, entries: Entries, stack: QUndoStack, person_id: int,
                  *, notifier: UndoNotifier | None = None, ask=confirm_delete) -> bool:
    impact = person_deletion_impact(entries.directory, person_id)
    if not ask(parent, impact):
        return False
    text = translate("DeleteEntry", "Delete “%1”").replace("%1", impact.name)
    run_and_push(stack, entries, text,
                 lambda: entries.delete_person(person_id).batch, notifier)
    return True
