"""Negative example for hardcoded-cryptographic-key: a class built with a short literal label is not a
client handed a token."""
import os


class Command:
    def __init__(self, func, name):
        self.func, self.name = func, name


class Client:
    def __init__(self, url, token):
        self.url, self.token = url, token


greet = Command(print, "greet")
zone = Command(print, "Pacific")
client = Client("https://api.example.org", os.environ["API_TOKEN"])
