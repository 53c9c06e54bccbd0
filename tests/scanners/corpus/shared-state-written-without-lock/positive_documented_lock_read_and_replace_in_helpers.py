"""Keeps the routing table in sync.

The routing daemon takes an flock on routes.lock before it edits the table.
"""
import json
import os

TABLE = "/var/lib/router/routes.json"


def load():
    with open(TABLE) as fh:
        return json.load(fh)


def store(routes):
    with open(TABLE + ".tmp", "w") as fh:
        json.dump(routes, fh)
    os.replace(TABLE + ".tmp", TABLE)


def add_route(prefix, via):
    routes = load()
    routes[prefix] = via
    store(routes)
