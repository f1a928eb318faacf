"""Qt layer of Rehab Coach: the main window, its views, the data hub and the player.

Everything here may import PySide6 and pyqtgraph; nothing below (``coach.store``,
``coach.domain``) imports from here.
"""
