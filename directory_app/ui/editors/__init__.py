"""Editors of the directory: organisation and person dialogs, merge, history, delete checks.

Every save is one change-log batch pushed onto the window's QUndoStack (see `ui/undo.py`).
"""
