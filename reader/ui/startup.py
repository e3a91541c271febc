"""What the app changes in the interpreter while it starts, and puts back once the list
is on screen.

The collector is paused: the imports and the first screen allocate a great many objects
that live as long as the app, and the collector would walk them again and again before
the first frame (30 to 40 ms of a 200 ms start). Once the list is on screen those
objects are moved out of its way (gc.freeze) and it runs again.

Threads switch sooner: Textual hands each frame to a writer thread, and the UI thread
goes straight on to the work queued behind the first frame (Textual repaints the widgets
it has just sized, then the header and footer mount). At the usual 5 ms switch interval
the writer waited that long for the interpreter before the first frame reached the
terminal; at a fifth of a millisecond it writes at once."""
from __future__ import annotations

import gc
import sys

START_UP_SWITCH_INTERVAL = 0.0002  # seconds
_usual_interval: float | None = None


def pause_collector() -> None:
    global _usual_interval
    gc.disable()
    if _usual_interval is None:
        _usual_interval = sys.getswitchinterval()
        sys.setswitchinterval(START_UP_SWITCH_INTERVAL)


def resume_collector() -> None:
    """After the first frame, or on the way out. Does nothing if nothing was paused."""
    global _usual_interval
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
    if _usual_interval is not None:
        sys.setswitchinterval(_usual_interval)
        _usual_interval = None
