"""Positive: Django settings read DEBUG with python-decouple and default it to True."""
from decouple import config

SECRET_KEY = config("SECRET_KEY")
DEBUG = config("DEBUG", default=True, cast=bool)
ALLOWED_HOSTS = ["app.example.com"]
