import copy
import json

BASE_POLICY = {"sandboxed": True, "run_as_user": "nobody", "cpu_seconds": 60}
COSMETIC = ("label", "priority")


class Worker:
    def policy(self, task):
        merged = copy.deepcopy(BASE_POLICY)
        merged.update({k: v for k, v in task.get("policy", {}).items() if k in COSMETIC})
        return merged

    def serve(self, consumer):
        for message in consumer:
            task = json.loads(message.value)
            print(self.policy(task))
