"""The session subject: what a session planned, what it recorded, and how to count it."""
