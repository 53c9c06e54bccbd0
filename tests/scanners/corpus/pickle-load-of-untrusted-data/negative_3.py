"""Negative example for pickle-load-of-untrusted-data: weights_only=True restricts loading to tensors."""
import torch


def load_weights(path: str) -> dict:
    return torch.load(path, map_location="cpu", weights_only=True)
