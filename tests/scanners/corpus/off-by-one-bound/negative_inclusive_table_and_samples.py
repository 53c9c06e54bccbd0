def ways_to_climb(n_steps: int) -> int:
    table = [0] * (n_steps + 1)
    table[0] = 1
    for i in range(n_steps + 1):
        if i >= 1:
            table[i] += table[i - 1]
        if i >= 2:
            table[i] += table[i - 2]
    return table[n_steps]


def sample_points(start: float, end: float, count: int) -> list[float]:
    return [start + (end - start) * (k / count) for k in range(count + 1)]


def histogram_edges(lo, hi, num_bins):
    edges = []
    for b in range(num_bins + 1):
        edges.append(lo + b * (hi - lo) / num_bins)
    return edges
