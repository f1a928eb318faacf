"""The exercise player: the big, calm screen used on the mat during a session."""

from .view import PlayerView

__all__ = ["PlayerView"]
