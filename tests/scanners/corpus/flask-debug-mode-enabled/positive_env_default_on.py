"""Positive: debug mode is read from the environment with a default of on, so an unset variable in production enables it."""
import os

from starlette.applications import Starlette

DEBUG = os.getenv("APP_DEBUG", "yes").lower() in ("1", "yes", "true")

app = Starlette(debug=DEBUG)
