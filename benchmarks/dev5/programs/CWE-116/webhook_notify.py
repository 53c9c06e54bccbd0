import json

import requests


def notify_build(webhook_url, project, branch, author, status):
    payload = {
        "text": f"Build {status} for {project}@{branch}",
        "fields": [
            {"title": "Author", "value": author},
            {"title": "Branch", "value": branch},
        ],
    }
    resp = requests.post(webhook_url, data=json.dumps(payload),
                         headers={"Content-Type": "application/json"}, timeout=10)
    resp.raise_for_status()
    return resp.status_code
