"""The Running view: readiness, the level ladder, the next run, the weekly chart and the run log."""
