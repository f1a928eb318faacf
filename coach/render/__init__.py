"""Renderers that need Qt but no window: the PDF progress report (and later the
routine sheet). Run on the GUI thread only; see :mod:`coach.render.pages`."""
