"""Negative example for yaml-load-without-safe-loader: the rule must not flag this."""
import yaml
def read_config(text):
    return yaml.safe_load(text)
