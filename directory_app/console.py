"""Standard streams for the windowed frozen app (no console window on Windows and macOS)."""

from __future__ import annotations

import os
import sys

ATTACH_PARENT_PROCESS = -1


def ensure_streams() -> None:
    """Give `sys.stdout`/`sys.stderr` somewhere to write when the app started without them.

    PyInstaller's windowed builds start with both set to None, yet the command-line commands and
    `--self-test` print their results. On Windows the app attaches to the console of the shell
    that started it, so `ngo-directory.exe --self-test` still reports there; otherwise output
    goes to the null device instead of failing on `None.write`.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return
    stream = None
    if sys.platform == "win32" and _attach_parent_console():
        try:
            stream = open("CONOUT$", "w", encoding="utf-8", errors="replace")  # noqa: SIM115
        except OSError:
            stream = None
    if stream is None:
        stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    # Both stay open for the life of the process, as the real streams would.
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def _attach_parent_console() -> bool:
    import ctypes

    return bool(ctypes.windll.kernel32.AttachConsole(ATTACH_PARENT_PROCESS))  # type: ignore[attr-defined]
