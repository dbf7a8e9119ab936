"""The ``newsgraph`` command: a thin layer over the library (the group is in ``main``).

Each command validates its options, calls one library function and prints the result;
errors come out as one line on stderr (``newsgraph: <input>: <problem> (<what to do>)``)
and exit with status 2. Heavy modules are imported inside the commands, so ``newsgraph
--help`` starts fast.
"""

from .main import main

__all__ = ["main"]
