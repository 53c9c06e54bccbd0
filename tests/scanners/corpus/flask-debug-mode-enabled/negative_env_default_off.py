"""Negative: DEBUG is only on when the environment explicitly says so; the default is off."""
import os

DEBUG = os.environ.get("DJANGO_DEBUG", "false").lower() == "true"
TEMPLATE_DEBUG = DEBUG
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "app.example.com").split(",")
