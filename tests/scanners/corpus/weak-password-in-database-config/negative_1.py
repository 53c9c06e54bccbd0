"""Negative example for weak-password-in-database-config: the rule must not flag this."""
import os
DATABASES = {"default": {"ENGINE": "django.db.backends.mysql", "NAME": "app", "PASSWORD": os.environ["DB_PASSWORD"]}}
