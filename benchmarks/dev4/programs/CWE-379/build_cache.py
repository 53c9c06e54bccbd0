import hashlib
import os
import pickle

CACHE_ROOT = os.environ.get("BUILD_CACHE", "/tmp/buildcache")


def cache_dir():
    os.makedirs(CACHE_ROOT, mode=0o777, exist_ok=True)
    os.chmod(CACHE_ROOT, 0o777)
    return CACHE_ROOT


def key_for(source_path):
    with open(source_path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def cached_compile(source_path, compile_fn):
    path = os.path.join(cache_dir(), key_for(source_path) + ".obj")
    if os.path.exists(path):
        with open(path, "rb") as fh:
            return pickle.load(fh)
    result = compile_fn(source_path)
    with open(path, "wb") as fh:
        pickle.dump(result, fh)
    return result
