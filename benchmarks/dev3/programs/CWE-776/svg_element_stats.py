"""Report element counts for SVG files users attach to tickets."""
import asyncio
import json

from lxml import etree


class SvgInspector:
    def __init__(self):
        self.parser = etree.XMLParser(huge_tree=True, resolve_entities=True, no_network=True)

    def inspect(self, data: bytes):
        root = etree.fromstring(data, self.parser)
        counts = {}
        for el in root.iter():
            tag = etree.QName(el).localname if isinstance(el.tag, str) else "comment"
            counts[tag] = counts.get(tag, 0) + 1
        return {"root": etree.QName(root).localname, "counts": counts,
                "text_chars": sum(len(t) for t in root.itertext())}


async def worker(queue: asyncio.Queue, results: list):
    inspector = SvgInspector()
    while True:
        ticket_id, svg_bytes = await queue.get()
        results.append({"ticket": ticket_id, **inspector.inspect(svg_bytes)})
        queue.task_done()


async def main(paths):
    queue, results = asyncio.Queue(), []
    task = asyncio.create_task(worker(queue, results))
    for i, p in enumerate(paths):
        with open(p, "rb") as fh:
            await queue.put((i, fh.read()))
    await queue.join()
    task.cancel()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    import sys
    asyncio.run(main(sys.argv[1:]))
