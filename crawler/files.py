"""Files the commands write appear under their final name only when complete.

A killed or failed export must not leave a truncated file that looks
finished, and an existing file is never overwritten unless asked: the data
goes to a temporary file in the same folder (same file system, so the
rename is atomic), flushed to disk, then renamed over the final name.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


class OutputExistsError(Exception):
    """The output file exists and overwriting it was not asked for."""


@contextlib.contextmanager
def atomic_output(path: str | Path, *, force: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write that becomes `path` only if the block ends without error.

    Raises OutputExistsError when `path` exists and not `force`, OSError when
    the folder cannot take the file.
    """
    path = Path(path)
    if path.exists() and not force:
        raise OutputExistsError(f"{path} exists; pass --force to overwrite it")
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
