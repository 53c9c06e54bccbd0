"""Monitoring agent (runs as root) that loads check plugins from a spool directory."""
import importlib.util
import os
import stat
import time

PLUGIN_DIR = "/var/spool/agent/plugins"


def load_plugin(path):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def discover():
    plugins = []
    for name in sorted(os.listdir(PLUGIN_DIR)):
        path = os.path.join(PLUGIN_DIR, name)
        st = os.lstat(path)
        if not name.endswith(".py") or not stat.S_ISREG(st.st_mode):
            continue
        plugins.append(load_plugin(path))
    return plugins


def run_forever(interval=60):
    while True:
        for plugin in discover():
            try:
                print(plugin.__name__, plugin.check())
            except Exception as exc:
                print(plugin.__name__, "error", exc)
        time.sleep(interval)


if __name__ == "__main__":
    run_forever()
