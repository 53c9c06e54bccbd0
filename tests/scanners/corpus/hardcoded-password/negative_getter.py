"""Negative example for hardcoded-password: the getter reads the password from the environment."""
import os


def get_admin_password():
    return os.environ["ADMIN_PASSWORD"]


def password_field_name(form):
    return "password"
