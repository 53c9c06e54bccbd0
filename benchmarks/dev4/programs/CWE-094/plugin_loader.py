import json
import types

import redis
import yaml

QUEUE = "deploy:jobs"


def load_hooks(manifest_text):
    """Build the post-deploy hook functions declared in a project's manifest."""
    cfg = yaml.safe_load(manifest_text) or {}
    hooks = []
    for entry in cfg.get("hooks", []):
        module = types.ModuleType(entry["name"])
        code = compile(entry["source"], entry["name"], "exec")
        exec(code, module.__dict__)
        hooks.append(module.run)
    return hooks


def process_job(job):
    # job is submitted by project owners through the public deploy API
    for hook in load_hooks(job["manifest"]):
        hook()
    return {"project": job["project"], "hooks_run": True}


def worker():
    r = redis.Redis()
    while True:
        _, raw = r.blpop(QUEUE)
        print(process_job(json.loads(raw)))


if __name__ == "__main__":
    worker()
