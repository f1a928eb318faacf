"""Rehab Coach: an offline coach for a physiotherapy home-exercise routine.

The version lives here and nowhere else; packaging and the PyInstaller spec read it.
"""

__version__ = "0.1.0"
APP_NAME = "Rehab Coach"
APP_ID = "rehab-coach"
ORG_NAME = "RehabCoach"
