import operator

import click

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv}
FACTORS = {("km", "mi"): 0.621371, ("mi", "km"): 1.609344, ("kg", "lb"): 2.204623,
           ("lb", "kg"): 0.453592}


@click.command()
@click.argument("left", type=float)
@click.argument("op", type=click.Choice(list(OPS)))
@click.argument("right", type=float)
@click.option("--convert", nargs=2, default=None, help="FROM TO units for the result")
def main(left, op, right, convert):
    """Compute LEFT OP RIGHT and optionally convert units."""
    value = OPS[op](left, right)
    if convert:
        factor = FACTORS.get(tuple(convert))
        if factor is None:
            raise click.BadParameter(f"no conversion {convert[0]} -> {convert[1]}")
        value *= factor
    click.echo(f"{value:.4f}")


if __name__ == "__main__":
    main()
