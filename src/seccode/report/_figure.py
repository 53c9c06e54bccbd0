"""Figure 6: flagged (vulnerable) programs after each round of iterative repair, per configuration.

matplotlib is imported only here, on first use, with the non-interactive Agg backend so a report
renders on a server without a display.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from seccode.errors import InputError
from seccode.study import IterativeRow

_FORMATS = ("png", "svg")


def figure6(rows: Sequence[IterativeRow], fmt: str = "png") -> bytes:
    """Figure 6 as PNG or SVG bytes: one line per configuration, rounds 1-5 then the final scan."""
    if fmt not in _FORMATS:
        raise InputError(f"figure format {fmt!r} is not one of {', '.join(_FORMATS)}")
    try:
        import matplotlib

        matplotlib.use("Agg")
        from matplotlib import pyplot as plt
    except ImportError as exc:  # matplotlib is the optional "study" extra
        raise InputError("plots need matplotlib: pip install 'seccode[study]'") from exc
    fig, ax = plt.subplots(figsize=(7.0, 4.2), dpi=110)
    try:
        for row in rows:
            labels = [f"round {i}" for i in range(1, len(row.flagged))] + ["final"]
            ax.plot(labels, list(row.flagged), marker="o", label=f"{row.fixer} repairs {row.generator}")
        ax.set_title("Figure 6: vulnerable programs per round (flagged files, summed over runs)")
        ax.set_ylabel("flagged programs")
        ax.set_ylim(bottom=0)
        ax.grid(alpha=0.3)
        ax.legend(fontsize="small")
        fig.tight_layout()
        out = io.BytesIO()
        # a fixed date keeps SVG output byte-identical across runs
        fig.savefig(out, format=fmt, metadata={"Date": None} if fmt == "svg" else None)
    finally:
        plt.close(fig)
    return out.getvalue()


__all__ = ["figure6"]
