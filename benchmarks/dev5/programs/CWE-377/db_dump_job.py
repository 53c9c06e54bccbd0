"""Nightly job: dump the orders database, compress it and ship it to object storage."""
import datetime
import gzip
import os
import shutil
import subprocess

import boto3


class DumpJob:
    def __init__(self, db_name: str, bucket: str):
        self.db_name = db_name
        self.bucket = bucket
        stamp = datetime.date.today().isoformat()
        self.raw_path = f"/tmp/{db_name}-{stamp}.sql"
        self.gz_path = self.raw_path + ".gz"

    def dump(self) -> None:
        with open(self.raw_path, "w") as out:
            subprocess.run(["pg_dump", "--no-owner", self.db_name], stdout=out, check=True)

    def compress(self) -> None:
        with open(self.raw_path, "rb") as src, gzip.open(self.gz_path, "wb") as dst:
            shutil.copyfileobj(src, dst)
        os.remove(self.raw_path)

    def upload(self) -> None:
        key = f"dumps/{os.path.basename(self.gz_path)}"
        boto3.client("s3").upload_file(self.gz_path, self.bucket, key)
        os.remove(self.gz_path)

    def run(self) -> None:
        self.dump()
        self.compress()
        self.upload()


if __name__ == "__main__":
    DumpJob(os.environ.get("DB_NAME", "orders"), os.environ["DUMP_BUCKET"]).run()
