"""Positive example for weak-password-in-database-config: Django settings with no password validators."""

import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
AUTH_PASSWORD_VALIDATORS = []
