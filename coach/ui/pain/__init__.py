"""The pain diary's widgets beyond the quick entry: the traffic light panel, the
next-morning check, the diary list with undo, and the pain rules dialog."""
