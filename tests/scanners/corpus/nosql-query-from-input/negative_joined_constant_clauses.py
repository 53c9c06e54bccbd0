from pymongo import MongoClient

jobs = MongoClient().queue.jobs
STALE = {"$where": " && ".join(["this.finished_at == null", "this.started_at < Date.now() - 3600000"])}


def stale_jobs():
    checks = ["this.finished_at == null", "this.retries > 3"]
    flt = {"$where": " && ".join(checks)}
    return list(jobs.find(flt)) + list(jobs.find(STALE))
