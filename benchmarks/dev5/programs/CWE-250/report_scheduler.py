import os
import sys
import time

import schedule

from .reports import build_daily_report


def refuse_root():
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        sys.exit("run the report scheduler as the 'reports' service account, not root")


def main():
    refuse_root()
    out_dir = os.environ.get("REPORT_DIR", os.path.expanduser("~/reports"))
    os.makedirs(out_dir, mode=0o750, exist_ok=True)
    schedule.every().day.at("02:00").do(build_daily_report, out_dir)
    while True:
        schedule.run_pending()
        time.sleep(30)


if __name__ == "__main__":
    main()
