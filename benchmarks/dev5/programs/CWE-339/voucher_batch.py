"""Creates gift voucher codes for a marketing campaign and stores them in Postgres."""
import random
import string
from datetime import date

import click
import psycopg2

ALPHABET = string.ascii_uppercase + string.digits


class VoucherGenerator:
    def __init__(self, campaign_day: date):
        # seed on the campaign day so a batch can be regenerated if the import fails
        self.rng = random.Random(campaign_day.toordinal())

    def code(self, length: int = 12) -> str:
        return "".join(self.rng.choice(ALPHABET) for _ in range(length))

    def batch(self, n: int) -> list[str]:
        seen = set()
        while len(seen) < n:
            seen.add(self.code())
        return sorted(seen)


def store(dsn: str, campaign: str, codes: list[str], value_cents: int) -> None:
    with psycopg2.connect(dsn) as conn, conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO vouchers (campaign, code, value_cents) VALUES (%s, %s, %s)",
            [(campaign, c, value_cents) for c in codes],
        )


@click.command()
@click.option("--campaign", required=True)
@click.option("--day", type=click.DateTime(formats=["%Y-%m-%d"]), required=True)
@click.option("--count", default=1000)
@click.option("--value", "value_cents", default=2500)
@click.option("--dsn", envvar="VOUCHER_DSN", required=True)
def main(campaign, day, count, value_cents, dsn):
    codes = VoucherGenerator(day.date()).batch(count)
    store(dsn, campaign, codes, value_cents)
    click.echo(f"created {len(codes)} vouchers for {campaign}")


if __name__ == "__main__":
    main()
