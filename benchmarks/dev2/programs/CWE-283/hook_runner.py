import importlib.util
import os
import sys

HOOK_DIR = "/var/lib/deploy/hooks"


def load_hook(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_hooks(stage):
    """Run by root after each deployment."""
    for name in sorted(os.listdir(HOOK_DIR)):
        path = os.path.join(HOOK_DIR, name)
        if not name.endswith(".py") or not os.path.isfile(path):
            continue
        hook = load_hook(path)
        fn = getattr(hook, stage, None)
        if callable(fn):
            print(f"running {name}:{stage}")
            fn()


if __name__ == "__main__":
    run_hooks(sys.argv[1] if len(sys.argv) > 1 else "post_deploy")
