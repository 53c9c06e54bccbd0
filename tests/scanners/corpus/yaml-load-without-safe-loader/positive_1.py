"""Positive example for yaml-load-without-safe-loader: the rule must flag this."""
import yaml
def read_config(text):
    return yaml.load(text, Loader=yaml.Loader)
