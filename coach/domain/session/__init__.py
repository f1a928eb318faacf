"""A session: the plan of phases the engine walks (more of the session subject moves here)."""
