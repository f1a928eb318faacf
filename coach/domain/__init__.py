"""Plain-Python core of Rehab Coach.

Nothing here imports Qt or TinyDB, so the rules of a routine, a dose, a pain entry
or a session can be tested (and reused by the command line) without a screen or a
database. A test imports this package in a subprocess and checks ``sys.modules``.
"""
