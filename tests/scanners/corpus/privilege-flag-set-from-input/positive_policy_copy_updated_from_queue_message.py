import copy
import json
import subprocess

BASE_POLICY = {"sandboxed": True, "run_as_user": "nobody", "cpu_seconds": 60}


class Worker:
    def __init__(self, consumer):
        self.consumer = consumer

    def policy(self, task):
        merged = copy.deepcopy(BASE_POLICY)
        merged.update(task["policy"])
        return merged

    def execute(self, task):
        policy = self.policy(task)
        prefix = ["runuser", "-u", policy["run_as_user"], "--"] if policy["sandboxed"] else []
        return subprocess.call(prefix + task["cmd"], timeout=policy["cpu_seconds"])

    def serve(self):
        for message in self.consumer:
            task = json.loads(message.value)
            self.execute(task)
