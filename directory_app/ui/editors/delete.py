"""Deleting an entry: ask first, saying what goes with it, then delete as one undoable step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from directory_app.services.entries import Entries
from directory_app.services.impact import (
    DeletionImpact,
    deletion_impact,
    person_deletion_impact,
)
from directory_app.ui.undo import UndoNotifier, run_and_push


def _tr(text: str) -> str:
    return QCoreApplication.translate("DeleteEntry", text)


def impact_lines(impact: DeletionImpact) -> list[str]:
    """What goes with the entry, one translated line per kind of item."""
    lines = []
    if impact.offices:
        lines.append(_tr("%1 office(s): %2").replace("%1", str(len(impact.offices)))
                     .replace("%2", ", ".join(impact.offices)))
    for count, text in ((impact.contact_points, _tr("%1 contact point(s)")),
                        (impact.affiliations, _tr("%1 people's role(s) in it")),
                        (impact.relations, _tr("%1 link(s) to other organisations")),
                        (impact.other_names, _tr("%1 other name(s)")),
                        (impact.publications, _tr("%1 publication(s)"))):
        if count:
            lines.append(text.replace("%1", str(count)))
    if impact.people_left_without_organisation:
        lines.append(_tr("%1 person(s) will remain in the directory with no organisation")
                     .replace("%1", str(impact.people_left_without_organisation)))
    return lines


def delete_box(parent: QWidget | None, impact: DeletionImpact) -> QMessageBox:
    """The question, built but not shown (so it can be inspected)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Delete entry"))
    box.setText(_tr("Delete “%1”?").replace("%1", impact.name))
    lines = impact_lines(impact)
    info = (_tr("This also deletes:") + "\n• " + "\n• ".join(lines)) if lines else \
        _tr("Nothing else is attached to this entry.")
    box.setInformativeText(info + "\n\n" + _tr("You can undo this with Edit › Undo."))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(_tr("Delete"))
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
    run_and_push(stack, entries, _tr("Delete “%1”").replace("%1", impact.name),
                 lambda: entries.delete_org(org_id).batch, notifier)
    return True


def delete_person(parent: QWidget | None, entries: Entries, stack: QUndoStack, person_id: int,
                  *, notifier: UndoNotifier | None = None, ask=confirm_delete) -> bool:
    impact = person_deletion_impact(entries.directory, person_id)
    if not ask(parent, impact):
        return False
    run_and_push(stack, entries, _tr("Delete “%1”").replace("%1", impact.name),
                 lambda: entries.delete_person(person_id).batch, notifier)
    return True
