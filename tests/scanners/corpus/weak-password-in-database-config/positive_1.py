"""Positive example for weak-password-in-database-config: the rule must flag this."""
DATABASES = {"default": {"ENGINE": "django.db.backends.mysql", "NAME": "app", "USER": "root", "PASSWORD": ""}}
