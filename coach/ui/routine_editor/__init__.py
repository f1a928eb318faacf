"""The routine editor: a form per routine with undo, a History tab, and file import/export."""
