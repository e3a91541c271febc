"""The collector paused while the app starts: the imports and the first screen allocate
a great many objects that live as long as the app, and the collector would walk them
again and again before the first frame (30 to 40 ms of a 200 ms start). Once the list
is on screen those objects are moved out of its way (gc.freeze) and it runs again."""
from __future__ import annotations

import gc


def pause_collector() -> None:
    gc.disable()


def resume_collector() -> None:
    """After the first frame, or on the way out. Does nothing if nothing was paused."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
