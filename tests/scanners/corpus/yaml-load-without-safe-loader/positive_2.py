"""Positive example for yaml-load-without-safe-loader: the full Loader builds python/object tags."""
import yaml


def read_inventory(path: str) -> dict:
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle, Loader=yaml.Loader)
