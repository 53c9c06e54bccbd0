"""Positive example for privilege-not-dropped-in-finally: only one kind of error drops the privileges again."""
import os


def make_home(name):
    os.seteuid(0)
    try:
        os.makedirs(f"/home/{name}")
        os.seteuid(os.getuid())
    except FileExistsError:
        os.seteuid(os.getuid())
