import datetime
import os
import subprocess
import sys


class DumpJob:
    def __init__(self, dbname):
        self.dbname = dbname
        self.workfile = os.path.join("/tmp", f"{dbname}.dump.sql")

    def run(self):
        with open(self.workfile, "w") as out:
            subprocess.run(["pg_dump", "--no-owner", self.dbname], stdout=out, check=True)
        stamp = datetime.date.today().isoformat()
        subprocess.run(["gzip", "-f", self.workfile], check=True)
        final = f"/backups/{self.dbname}-{stamp}.sql.gz"
        os.replace(self.workfile + ".gz", final)
        return final


if __name__ == "__main__":
    print(DumpJob(sys.argv[1]).run())
