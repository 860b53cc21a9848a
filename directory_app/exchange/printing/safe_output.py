"""Writing an output file all or nothing: a temporary file beside it, renamed when complete."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from directory_app.exchange.errors import ExchangeError


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Yield a temporary path in `out`'s folder; on success it replaces `out`, else it goes.

    A cancelled or failed draft therefore never leaves a half-written file behind, and an
    earlier file of the same name survives until the new one is complete.
    """
    out = Path(out)
    if not out.parent.is_dir():
        raise ExchangeError(f"{out}: the folder {out.parent} does not exist")
    fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
    os.close(fd)
    tmp = Path(name)
    # mkstemp makes the file private (0600); the draft gets the usual permissions instead.
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o666 & ~umask)
    try:
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:
        raise ExchangeError(f"{out}: cannot write the file ({exc.strerror or exc})") from exc
    finally:
        tmp.unlink(missing_ok=True)
