"""The validating pass (:func:`.inputs.index_inputs`) in a child process.

Reading and checking every input leaves the allocator holding far more memory than the
index it produces (freed pages it does not give back). A Dask client keeps running for
the whole build, so it reads its inputs in a short-lived child process instead, started
with ``spawn`` (never ``fork``: polars and pyarrow run threads), which writes the index
to a file (:mod:`.index`) and sends back the rest (metadata, overrides, rejected inputs),
pickled once. A bad input's error (:class:`.errors.InputError` and its kind)
arrives in the parent unchanged: same type, message, file, row and hint. A child that
dies (killed, out of memory) ends the build with a :class:`.errors.BuildError` saying so.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import traceback
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from trump_putin_call.pipeline.errors import BuildError

if TYPE_CHECKING:
    from trump_putin_call.pipeline.inputs import Inputs

#: The pid of the process that ran the last :func:`index_inputs` here (for tests).
last_pid: int | None = None


def _child(
    source: Path | Sequence[Path], skip_invalid: bool, index_file: Path | None, conn: Connection
) -> None:
    """Run the validating pass and send ``(pid, ok, pickled result or error)``; with
    ``index_file``, the index entries are written there (:mod:`.index`) and the result
    holds an :class:`.index.IndexFile` instead of them."""
    from trump_putin_call.pipeline import index
    from trump_putin_call.pipeline.inputs import index_inputs

    try:
        inputs = index_inputs(source, skip_invalid)
        if index_file is not None and inputs.raws:
            inputs.raws = index.write(inputs.raws, index_file)  # type: ignore[assignment]
        payload = (True, pickle.dumps(inputs, protocol=5))
    except BaseException as exc:  # sent to the parent, which raises it
        try:
            payload = (False, pickle.dumps(exc, protocol=5))
        except Exception:  # an error that cannot travel: its traceback as text
            text = "".join(traceback.format_exception(exc))
            payload = (False, pickle.dumps(BuildError(f"reading the inputs failed:\n{text}")))
    conn.send((os.getpid(), *payload))
    conn.close()


def _died(exitcode: int | None) -> str:
    """How a child ended, in words."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        hint = " (SIGKILL: often the system running out of memory)" if name == "SIGKILL" else ""
        return f"was killed by {name}{hint}"
    return f"exited with code {exitcode} without a result"


class Child:
    """The validating pass running in a spawned child process (:func:`start`): the
    caller does other work meanwhile (a Dask build starts its cluster), then takes its
    :meth:`result`; :meth:`stop` ends a child whose result is no longer wanted."""

    def __init__(
        self, source: Path | Sequence[Path], skip_invalid: bool, index_file: Path | None
    ) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(
            target=_child,
            args=(source, skip_invalid, index_file, send),
            name="validate-inputs",
            daemon=True,
        )
        self._process.start()
        send.close()

    def result(self) -> Inputs:
        """The pass's result, or its error raised here; :class:`.errors.BuildError` if the
        child died."""
        global last_pid
        try:
            pid, ok, data = self._receive.recv()
        except EOFError:
            self._process.join()
            raise BuildError(
                f"the process reading and checking the inputs {_died(self._process.exitcode)}; "
                "nothing was published. Free some memory (or build with fewer workers) "
                "and build again."
            ) from None
        except BaseException:  # interrupted here: do not leave the child reading
            self._process.kill()
            raise
        finally:
            self._receive.close()
            self._process.join()
        last_pid = pid
        result = pickle.loads(data)
        if not ok:
            raise result
        return result

    def stop(self) -> None:
        """End the child if it still runs (its result unread)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receive.close()


def start(
    source: Path | Sequence[Path], skip_invalid: bool = False, index_file: Path | None = None
) -> Child:
    """:func:`.inputs.index_inputs` started in a spawned child process (see
    :func:`index_inputs`); :meth:`Child.result` waits for it."""
    return Child(source, skip_invalid, index_file)


def index_inputs(
    source: Path | Sequence[Path], skip_invalid: bool = False, index_file: Path | None = None
) -> Inputs:
    """:func:`.inputs.index_inputs` run in a spawned child process; its result, or its
    error raised here. Raises :class:`.errors.BuildError` if the child dies.

    ``index_file``: the index entries are written to this file (:func:`.index.write`) and
    ``raws`` is an :class:`.index.IndexFile`: the client never holds them as objects."""
    return start(source, skip_invalid, index_file).result()
