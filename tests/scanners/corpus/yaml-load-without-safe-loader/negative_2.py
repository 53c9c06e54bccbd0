"""Negative example for yaml-load-without-safe-loader: the C safe loader is passed positionally."""
import yaml


def pipeline_steps(text: str) -> list:
    return [doc["step"] for doc in yaml.load_all(text, yaml.CSafeLoader)]
