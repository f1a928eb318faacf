"""Routines as they change over time: versions, what changed, names a person can read.

The routine dataclasses themselves (dose, exercise, routine, library) still sit one level
up; they move here once the parallel work touching them has landed.
"""
