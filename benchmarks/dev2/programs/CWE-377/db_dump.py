import datetime
import os
import subprocess
import sys


class Dumper:
    def __init__(self, database: str):
        self.database = database
        stamp = datetime.date.today().isoformat()
        self.scratch = f"/tmp/{database}-{stamp}.sql"

    def dump(self) -> None:
        with open(self.scratch, "w") as fh:
            subprocess.run(["pg_dump", self.database], stdout=fh, check=True)

    def upload(self, bucket: str) -> None:
        subprocess.run(["aws", "s3", "cp", self.scratch, f"s3://{bucket}/"], check=True)
        os.remove(self.scratch)


if __name__ == "__main__":
    d = Dumper(sys.argv[1])
    d.dump()
    d.upload(os.environ["BACKUP_BUCKET"])
