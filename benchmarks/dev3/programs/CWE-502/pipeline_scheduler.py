"""Worker that picks up uploaded pipeline definitions and schedules them."""
import os
import time
import logging

import yaml

INBOX = os.environ.get("PIPELINE_INBOX", "/srv/uploads/pipelines")
log = logging.getLogger("pipelines")


class PipelineSpec:
    def __init__(self, path):
        self.path = path
        self.data = {}

    def read(self):
        with open(self.path) as fh:
            self.data = yaml.safe_load(fh) or {}
        return self

    @property
    def steps(self):
        return self.data.get("steps", [])


def run_once():
    for name in os.listdir(INBOX):
        if name.endswith((".yml", ".yaml")):
            spec = PipelineSpec(os.path.join(INBOX, name)).read()
            log.info("scheduling %s with %d steps", name, len(spec.steps))
            os.rename(spec.path, spec.path + ".done")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    while True:
        run_once()
        time.sleep(5)
