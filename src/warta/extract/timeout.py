"""A hard time limit for one page: trafilatura has no timeout of its own and can hang (its issue #704).

On the main thread of a process (the CLI, and every worker of a multiprocessing pool) a ``SIGALRM`` interval timer
interrupts the page; a timer already set by someone else (a test runner's) is saved and restored. Elsewhere (a
thread pool, a web server's worker thread) signals cannot be used, so a watchdog thread raises the exception in the
running thread itself (``PyThreadState_SetAsyncExc``): the page really stops at its next Python instruction and no
abandoned thread keeps burning the CPU. Code stuck inside one long C call stops when that call returns.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from ..errors import Rejected

T = TypeVar("T")


class _Expired(BaseException):
    """Raised inside the page's code when its time is up; BaseException so that ``except Exception`` in library
    code cannot swallow it."""


def run_with_limit(func: Callable[[], T], seconds: float | None) -> T:
    """``func()``, or ``Rejected("timeout")`` when it runs longer than ``seconds`` (None or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        return func()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _with_alarm(func, seconds)
    return _with_watchdog(func, seconds)


def _expired(seconds: float) -> Rejected:
    return Rejected("timeout", f"extraction took longer than {seconds:g} s (extract.timeout)")


def _with_alarm(func: Callable[[], T], seconds: float) -> T:
    def on_alarm(signum, frame):
        raise _Expired

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    started = time.monotonic()
    try:
        return func()
    except _Expired:
        raise _expired(seconds) from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay:  # give the outer timer back what is left of it (at least a tick)
            signal.setitimer(signal.ITIMER_REAL, max(previous_delay - (time.monotonic() - started), 0.001), previous_interval)


def _with_watchdog(func: Callable[[], T], seconds: float) -> T:
    target = threading.get_ident()
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire() -> None:
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), ctypes.py_object(_Expired))

    watchdog = threading.Timer(seconds, fire)
    watchdog.daemon = True
    try:
        watchdog.start()
        try:
            return func()
        finally:
            with lock:
                state["done"] = True
                if state["fired"]:  # clear an exception that was set but not yet delivered
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)
            watchdog.cancel()
    except _Expired:
        raise _expired(seconds) from None
