"""Positive example for untrusted-input-to-object-loader: the rule must flag this."""
import yaml
def read_config(stream):
    return yaml.load(stream, Loader=yaml.FullLoader)
