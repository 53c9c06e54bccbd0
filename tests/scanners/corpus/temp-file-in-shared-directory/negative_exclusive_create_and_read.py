"""Negative: the /tmp name is only opened with exclusive creation ('x': fails on an existing file or link) or read."""


def claim(job_id):
    marker = f"/tmp/job-{job_id}.claimed"
    with open(marker, "x") as fh:
        fh.write("mine")
    with open(marker) as fh:
        return fh.read()
