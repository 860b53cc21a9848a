"""Helpers shared by the window tests."""

from __future__ import annotations


def names(model) -> list[str]:
    return [model.row_at(r).name for r in range(model.rowCount())]


def row_named(model, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.row_at(r).name == name)
