"""Positive example for pickle-load-of-untrusted-data: torch.load unpickles an uploaded checkpoint."""
import torch


def load_uploaded_model(upload_path: str) -> object:
    return torch.load(upload_path, map_location="cpu")
